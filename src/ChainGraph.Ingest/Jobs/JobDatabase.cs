using System.Globalization;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Jobs;

/// <summary>
/// The SQLite file that holds job metadata (run history, review list, HTTP cache: schema 002).
/// It is the embedded store's file, so with the SQLite backend graph and history live together;
/// with Neo4j it is a small local file beside it. The schema is applied once, on first use.
/// </summary>
public sealed class JobDatabase(SqliteGraphStore store)
{
    public string Path => store.Path;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => store.OpenInitializedAsync(cancellationToken);

    public static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
