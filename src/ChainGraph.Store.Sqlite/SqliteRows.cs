using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <summary>The columns that repeat from node to node in a scan (kind, tags, source, fetched-at, properties), decoded once each.</summary>
    public sealed class RepeatedNodeColumns(StringPool pool)
    {
        public SqliteRepeatedText<NodeKind> Kinds { get; } = new(GraphNames.ParseKind);

        public SqliteRepeatedText<ImmutableArray<string>> Tags { get; } = new(json => PropertyJson.ReadList(json, pool));

        public SqliteRepeatedText<string> Sources { get; } = new(pool.Intern);

        public SqliteRepeatedText<DateTimeOffset> FetchedAt { get; } = new(ParseTime);

        public SharedProperties Properties { get; } = new(pool);
    }

    /// <summary>
    /// A properties column of a long scan: "{}" (most rows) without parsing, and one immutable dictionary for every row
    /// whose stored JSON is the same (a city's enterprises located by name carry the same four: city, province, region
    /// code, basis; at a million enterprises a fifth of the snapshot's memory). Emptied when full, so the values seen
    /// most keep coming back.
    /// </summary>
    public sealed class SharedProperties(StringPool pool)
    {
        private const int MaxShared = 1 << 16;

        private readonly Dictionary<string, ImmutableSortedDictionary<string, string>> _shared = new(StringComparer.Ordinal);

        public ImmutableSortedDictionary<string, string> Read(sqlite3_stmt statement, int column)
        {
            var json = raw.sqlite3_column_blob(statement, column);
            if (json.Length == 0 || json.SequenceEqual("{}"u8))
            {
                return PropertyJson.EmptyProperties;
            }

            var text = Encoding.UTF8.GetString(json);
            if (_shared.TryGetValue(text, out var shared))
            {
                return shared;
            }

            if (_shared.Count >= MaxShared)
            {
                _shared.Clear();
            }

            return _shared[text] = PropertyJson.ReadProperties(text, pool);
        }
    }

    /// <summary>The columns that repeat from relationship to relationship in a scan (type, source, fetched-at, properties), decoded once each.</summary>
    public sealed class RepeatedEdgeColumns(StringPool pool)
    {
        public StringPool Pool => pool;

        public SqliteRepeatedText<RelType> Types { get; } = new(GraphNames.ParseRelType);

        public SqliteRepeatedText<string> Sources { get; } = new(pool.Intern);

        public SqliteRepeatedText<DateTimeOffset> FetchedAt { get; } = new(ParseTime);

        public SharedProperties Properties { get; } = new(pool);
    }

    /// <summary>The columns <see cref="ReadStoredEdge"/> reads after the id, in its order.</summary>
    public const string StoredEdgeColumns = "type, src, dst, qualifier, weight, since, props, source, source_ref, fetched_at";

    /// <summary>A relationship with its store id and its endpoints' store ids (id, then <see cref="StoredEdgeColumns"/>), on a raw statement stepped through a long scan.</summary>
    public static StoredEdge ReadStoredEdge(sqlite3_stmt statement, RepeatedEdgeColumns columns) => new(
        raw.sqlite3_column_int64(statement, 0),
        columns.Types.Read(statement, 1),
        raw.sqlite3_column_int64(statement, 2),
        raw.sqlite3_column_int64(statement, 3),
        raw.sqlite3_column_bytes(statement, 4) == 0 ? "" : columns.Pool.Intern(Text(statement, 4)!),
        raw.sqlite3_column_type(statement, 5) == raw.SQLITE_NULL ? null : raw.sqlite3_column_double(statement, 5),
        raw.sqlite3_column_type(statement, 6) == raw.SQLITE_NULL ? null : ParseDate(raw.sqlite3_column_blob(statement, 6)),
        columns.Properties.Read(statement, 7),
        new Provenance(columns.Sources.Read(statement, 8), Text(statement, 9), columns.FetchedAt.Read(statement, 10)));

    /// <summary><see cref="ReadNode(SqliteDataReader, int, IReadOnlyList{string}?, StringPool?)"/> on a raw statement stepped through a long scan.</summary>
    public static GraphNode ReadNode(sqlite3_stmt statement, int first, IReadOnlyList<string>? aliases, RepeatedNodeColumns columns)
    {
        var provenance = new Provenance(columns.Sources.Read(statement, first + 5), Text(statement, first + 6), columns.FetchedAt.Read(statement, first + 7));
        return new GraphNode(columns.Kinds.Read(statement, first), Text(statement, first + 1)!, Text(statement, first + 2)!, provenance)
        {
            Tags = columns.Tags.Read(statement, first + 3),
            Properties = columns.Properties.Read(statement, first + 4),
            Aliases = aliases is null ? [] : [.. aliases],
        };
    }

    /// <summary>A text column of a raw statement, or null.</summary>
    public static string? Text(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

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

    /// <summary>A yyyy-MM-dd date from its UTF-8 bytes without making a string (snapshot scans read millions).</summary>
    public static DateOnly ParseDate(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && Digits(text[..4]) is var year and >= 1 && Digits(text.Slice(5, 2)) is var month and >= 1 and <= 12
            && Digits(text.Slice(8, 2)) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return ParseDate(Encoding.UTF8.GetString(text));
    }

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    public static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
