using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;

namespace ChainGraph.Store.Neo4j;

/// <summary>Domain values to <c>$rows</c> parameter maps and Neo4j property maps back to domain values.</summary>
internal static class Neo4jRows
{
    public static string Uid(NodeRef node) => $"{node.Kind.Label()}:{node.Key}";

    public static Dictionary<string, object?> NodeRow(GraphNode node) => new()
    {
        ["uid"] = Uid(node.Ref),
        ["kind"] = node.Kind.Label(),
        ["key"] = node.Key,
        ["name"] = node.Name,
        ["normName"] = NameNormalizer.Normalize(node.Name),
        ["tags"] = node.Tags.Distinct(StringComparer.Ordinal).ToArray(),
        ["aliases"] = node.Aliases.Distinct(StringComparer.Ordinal).ToArray(),
        ["aliasNorms"] = node.Aliases.Select(NameNormalizer.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
        ["props"] = node.Properties.ToDictionary(p => Neo4jPropertyNames.Stored(p.Key), p => p.Value),
        ["propKeys"] = node.Properties.Keys.ToArray(),
        ["source"] = node.Provenance.Source,
        ["sourceRef"] = node.Provenance.Reference,
        ["fetchedAt"] = FormatTime(node.Provenance.FetchedAt),
    };

    public static Dictionary<string, object?> EdgeRow(GraphEdge edge, int index) => new()
    {
        ["index"] = index,
        ["from"] = Uid(edge.From),
        ["to"] = Uid(edge.To),
        ["qualifier"] = edge.Qualifier,
        ["weight"] = edge.Weight,
        ["since"] = edge.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["props"] = edge.Properties.ToDictionary(p => Neo4jPropertyNames.Stored(p.Key), p => p.Value),
        ["propKeys"] = edge.Properties.Keys.ToArray(),
        ["source"] = edge.Provenance.Source,
        ["sourceRef"] = edge.Provenance.Reference,
        ["fetchedAt"] = FormatTime(edge.Provenance.FetchedAt),
    };

    public static Dictionary<string, object?> EdgeKeyRow(EdgeKey key) => new()
    {
        ["from"] = Uid(key.From),
        ["to"] = Uid(key.To),
        ["qualifier"] = key.Qualifier,
    };

    /// <summary>A node from the map <c>n {.*}</c>.</summary>
    public static GraphNode ReadNode(JsonElement map)
    {
        var kind = GraphNames.ParseKind(String(map, "kind") ?? throw Missing("kind", map));
        var node = new GraphNode(kind, String(map, "key") ?? throw Missing("key", map), String(map, "name") ?? throw Missing("name", map), ReadProvenance(map));
        return node with
        {
            Tags = [.. List(map, "tags").Order(StringComparer.Ordinal)],
            Aliases = [.. List(map, "aliases").Order(StringComparer.Ordinal)],
            Properties = ReadProperties(map),
        };
    }

    /// <summary>A relationship from its endpoints' uids, its type and the map <c>r {.*}</c>.</summary>
    public static GraphEdge ReadEdge(string from, string type, string to, JsonElement map) =>
        new(GraphNames.ParseRelType(type), ParseUid(from), ParseUid(to), ReadProvenance(map))
        {
            Qualifier = String(map, "qualifier") ?? "",
            Weight = map.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : null,
            Since = String(map, "since") is { } since ? DateOnly.ParseExact(since[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Properties = ReadProperties(map),
        };

    public static NodeRef ParseUid(string uid)
    {
        var colon = uid.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new InvalidDataException($"Node uid '{uid}' is not of the form <Label>:<key>; the node was not written by ChainGraph.");
        }

        return new NodeRef(GraphNames.ParseKind(uid[..colon]), uid[(colon + 1)..]);
    }

    public static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static string? String(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableSortedDictionary<string, string> ReadProperties(JsonElement map)
    {
        var properties = PropertyJson.EmptyProperties.ToBuilder();
        foreach (var name in List(map, "propKeys"))
        {
            if (String(map, Neo4jPropertyNames.Stored(name)) is { } value)
            {
                properties[name] = value;
            }
        }

        return properties.ToImmutable();
    }

    private static Provenance ReadProvenance(JsonElement map) => new(
        String(map, "source") ?? "",
        String(map, "sourceRef"),
        String(map, "fetchedAt") is { } fetched ? DateTimeOffset.Parse(fetched, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : DateTimeOffset.UnixEpoch);

    private static IEnumerable<string> List(JsonElement map, string name) =>
        map.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];

    private static InvalidDataException Missing(string property, JsonElement map) =>
        new($"A :Node in Neo4j has no '{property}' property ({Truncate(map.GetRawText())}); it was not written by ChainGraph.");

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
