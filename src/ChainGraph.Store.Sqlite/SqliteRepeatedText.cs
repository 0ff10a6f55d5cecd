using System.Text;
using SQLitePCL;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// One text column of a long scan whose values repeat (a relationship's type, source, fetched-at):
/// each distinct value is decoded from its UTF-8 bytes once, then recognised by its bytes. Rows written by one
/// import come in runs, so the last value answers nearly every row; a small table of recent values answers the rest.
/// </summary>
internal sealed class SqliteRepeatedText<T>(Func<string, T> decode)
{
    private const int Capacity = 32;

    private readonly List<(byte[] Bytes, T Value)> _recent = [];
    private int _last = -1;

    public T Read(sqlite3_stmt statement, int column)
    {
        var bytes = raw.sqlite3_column_blob(statement, column);
        if (_last >= 0 && bytes.SequenceEqual(_recent[_last].Bytes))
        {
            return _recent[_last].Value;
        }

        for (var i = 0; i < _recent.Count; i++)
        {
            if (bytes.SequenceEqual(_recent[i].Bytes))
            {
                _last = i;
                return _recent[i].Value;
            }
        }

        var value = decode(Encoding.UTF8.GetString(bytes));
        if (_recent.Count == Capacity)
        {
            // Many distinct values: keep the first ones, decode the rest each time (still correct, just slower).
            return value;
        }

        _recent.Add((bytes.ToArray(), value));
        _last = _recent.Count - 1;
        return value;
    }
}
