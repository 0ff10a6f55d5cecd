using System.Collections.Frozen;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Domain properties are stored as real Neo4j properties (so analysts see <c>fullName</c>,
/// <c>province</c> … in Neo4j Browser) next to the store's own bookkeeping properties. A domain
/// property whose name is one of those (or starts with the escape prefix) is stored as
/// <c>prop_&lt;name&gt;</c>; <c>propKeys</c> lists the domain names, so reading back is exact.
/// </summary>
internal static class Neo4jPropertyNames
{
    public const string EscapePrefix = "prop_";

    public static FrozenSet<string> Reserved { get; } = new[]
    {
        "uid", "kind", "key", "name", "normName", "tags", "aliases", "aliasNorms", "propKeys",
        "qualifier", "weight", "since", "source", "sourceRef", "fetchedAt", "updatedAt",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Stored(string name) =>
        Reserved.Contains(name) || name.StartsWith(EscapePrefix, StringComparison.Ordinal) ? EscapePrefix + name : name;
}
