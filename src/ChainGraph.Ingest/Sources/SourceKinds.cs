using System.Collections.Frozen;

namespace ChainGraph.Ingest.Sources;

/// <summary>The YAML spelling of each <see cref="SourceKind"/> (<c>kind: html-table</c>).</summary>
public static class SourceKinds
{
    private static readonly FrozenDictionary<string, SourceKind> s_byName = new Dictionary<string, SourceKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["jsonl"] = SourceKind.Jsonl,
        ["csv"] = SourceKind.Csv,
        ["xlsx"] = SourceKind.Xlsx,
        ["html-table"] = SourceKind.HtmlTable,
        ["html-list"] = SourceKind.HtmlList,
        ["policy-text"] = SourceKind.PolicyText,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => s_byName.Keys.Order(StringComparer.Ordinal);

    public static bool TryParse(string? name, out SourceKind kind) => s_byName.TryGetValue(name ?? "", out kind);

    public static string Name(this SourceKind kind) => s_byName.First(kv => kv.Value == kind).Key;

    /// <summary>Kinds read from web pages with CSS selectors (rows and fields), fetched politely.</summary>
    public static bool IsHtml(this SourceKind kind) => kind is SourceKind.HtmlTable or SourceKind.HtmlList;
}
