using System.Globalization;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Sqlite;

/// <summary>Reading rows into domain values, and the text forms of values in rows.</summary>
internal static class SqliteRows
{
    public const string NodeColumns = "kind, key, name, tags, props, source, source_ref, fetched_at";

    public static GraphNode ReadNode(SqliteDataReader reader, int first, IReadOnlyList<string>? aliases, StringPool? pool = null)
    {
        var source = reader.GetString(first + 5);
        var provenance = new Provenance(pool?.Intern(source) ?? source, reader.IsDBNull(first + 6) ? null : reader.GetString(first + 6), ParseTime(reader.GetString(first + 7)));
        return new GraphNode(GraphNames.ParseKind(reader.GetString(first)), reader.GetString(first + 1), reader.GetString(first + 2), provenance)
        {
            Tags = PropertyJson.ReadList(reader.GetString(first + 3), pool),
            Properties = PropertyJson.ReadProperties(reader.GetString(first + 4), pool),
            Aliases = aliases is null ? [] : [.. aliases],
        };
    }

    /// <summary>Reads the columns type, src kind, src key, dst kind, dst key, qualifier, weight, since, props, source, source_ref, fetched_at.</summary>
    public static GraphEdge ReadEdge(SqliteDataReader reader)
    {
        var from = new NodeRef(GraphNames.ParseKind(reader.GetString(1)), reader.GetString(2));
        var to = new NodeRef(GraphNames.ParseKind(reader.GetString(3)), reader.GetString(4));
        var provenance = new Provenance(reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), ParseTime(reader.GetString(11)));
        return new GraphEdge(GraphNames.ParseRelType(reader.GetString(0)), from, to, provenance)
        {
            Qualifier = reader.GetString(5),
            Weight = reader.IsDBNull(6) ? null : reader.GetDouble(6),
            Since = reader.IsDBNull(7) ? null : ParseDate(reader.GetString(7)),
            Properties = PropertyJson.ReadProperties(reader.GetString(8)),
        };
    }

    public static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text)
    {
        // Rows of one import share their fetched-at stamp: remember the last one parsed (per thread).
        if (t_lastTime is { } last && last.Text == text)
        {
            return last.Value;
        }

        var value = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        t_lastTime = (text, value);
        return value;
    }

    [ThreadStatic]
    private static (string Text, DateTimeOffset Value)? t_lastTime;

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
