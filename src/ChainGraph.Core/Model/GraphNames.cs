using System.Collections.Frozen;

namespace ChainGraph.Core.Model;

/// <summary>
/// Wire names of labels and relationship types, shared by every store backend so that
/// SQLite rows, Neo4j labels and JSON output use the same spelling (UPPER_SNAKE for types).
/// </summary>
public static class GraphNames
{
    private static readonly FrozenDictionary<RelType, string> s_relNames = Enum.GetValues<RelType>()
        .ToFrozenDictionary(t => t, t => ToUpperSnake(t.ToString()));

    private static readonly FrozenDictionary<string, RelType> s_relByName = s_relNames
        .ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NodeKind> s_kindByName = Enum.GetValues<NodeKind>()
        .ToFrozenDictionary(k => k.ToString(), k => k, StringComparer.OrdinalIgnoreCase);

    public static string Name(this RelType type) => s_relNames[type];

    public static string Label(this NodeKind kind) => kind.ToString();

    public static bool TryParseRelType(string name, out RelType type) => s_relByName.TryGetValue(name, out type);

    public static RelType ParseRelType(string name) => TryParseRelType(name, out var type)
        ? type
        : throw new FormatException($"Unknown relationship type '{name}'. Known types: {string.Join(", ", s_relNames.Values)}.");

    public static bool TryParseKind(string name, out NodeKind kind) => s_kindByName.TryGetValue(name, out kind);

    public static NodeKind ParseKind(string name) => TryParseKind(name, out var kind)
        ? kind
        : throw new FormatException($"Unknown node label '{name}'. Known labels: {string.Join(", ", s_kindByName.Keys)}.");

    /// <summary>Enterprise-to-enterprise relationship types (the business network the recommender walks).</summary>
    public static IReadOnlySet<RelType> EnterpriseLinks { get; } = new HashSet<RelType>
    {
        RelType.Supplies, RelType.Cooperates, RelType.Invests, RelType.Controls,
        RelType.Competes, RelType.JointVenture, RelType.Acquires,
    }.ToFrozenSet();

    private static string ToUpperSnake(string pascal)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                chars.Add('_');
            }

            chars.Add(char.ToUpperInvariant(pascal[i]));
        }

        return new string(chars.ToArray());
    }
}
