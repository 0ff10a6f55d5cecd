using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChainGraph.Core.Store;

/// <summary>
/// The canonical JSON form of node/edge properties and string lists: keys sorted, Chinese kept
/// readable. Canonical so that "unchanged" is a string comparison and re-imports are idempotent.
/// </summary>
public static class PropertyJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ImmutableSortedDictionary<string, string> EmptyProperties { get; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public static string Write(IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0 ? "{}" : JsonSerializer.Serialize(new SortedDictionary<string, string>(properties.ToDictionary(), StringComparer.Ordinal), s_options);

    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), s_options);

    public static ImmutableSortedDictionary<string, string> ReadProperties(string? json) =>
        string.IsNullOrEmpty(json) || json == "{}"
            ? EmptyProperties
            : EmptyProperties.AddRange(JsonSerializer.Deserialize<Dictionary<string, string>>(json, s_options)!);

    public static ImmutableArray<string> ReadList(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : [.. JsonSerializer.Deserialize<string[]>(json, s_options)!];
}
