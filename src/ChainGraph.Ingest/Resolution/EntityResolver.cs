using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Ingest.Resolution;

/// <summary>
/// Resolves names and codes to existing nodes of one label, shared by every loader: stock or
/// credit code, then exact short/full name, then alias, then normalized name (legal suffixes,
/// width and brackets ignored). A name that fits more than one node is not matched; its
/// candidates are returned as alternatives so the caller can ask a person.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<string, NodeRef> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NodeRef>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeRef>> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeRef>> _byNormalized = new(StringComparer.Ordinal);

    public EntityResolver(IEnumerable<GraphNode> nodes)
    {
        foreach (var node in nodes)
        {
            Add(node);
        }
    }

    public int Count { get; private set; }

    /// <summary>Makes <paramref name="node"/> findable (e.g. an enterprise created earlier in the same load).</summary>
    public void Add(GraphNode node)
    {
        Count++;
        _byCode.TryAdd(node.Key, node.Ref);
        foreach (var code in new[] { node.Property(EnterpriseProps.StockCode), node.Property(EnterpriseProps.CreditCode) })
        {
            if (!string.IsNullOrEmpty(code))
            {
                _byCode.TryAdd(code, node.Ref);
            }
        }

        AddTo(_byName, node.Name, node.Ref);
        if (node.Property(EnterpriseProps.FullName) is { Length: > 0 } fullName)
        {
            AddTo(_byName, fullName, node.Ref);
        }

        foreach (var alias in node.Aliases)
        {
            AddTo(_byAlias, alias, node.Ref);
        }

        foreach (var name in new[] { node.Name, node.Property(EnterpriseProps.FullName) }.Concat(node.Aliases))
        {
            var normalized = NameNormalizer.Normalize(name);
            if (normalized.Length >= 2)
            {
                AddTo(_byNormalized, normalized, node.Ref);
            }
        }
    }

    public Resolution Resolve(string name, string? code = null)
    {
        if (!string.IsNullOrWhiteSpace(code) && _byCode.TryGetValue(code.Trim(), out var byCode))
        {
            return new Resolution(byCode, MatchKind.Code, 1.0, []);
        }

        var trimmed = name.Trim();
        return Pick(_byName.GetValueOrDefault(trimmed), MatchKind.ExactName, 1.0)
            ?? Pick(_byAlias.GetValueOrDefault(trimmed), MatchKind.Alias, 0.95)
            ?? Pick(_byNormalized.GetValueOrDefault(NameNormalizer.Normalize(trimmed)), MatchKind.NormalizedName, 0.9)
            ?? Resolution.NotFound;
    }

    private static Resolution? Pick(List<NodeRef>? candidates, MatchKind kind, double confidence) => candidates switch
    {
        null or [] => null,
        [var only] => new Resolution(only, kind, confidence, []),
        _ => new Resolution(null, kind, 0, candidates.ToArray()),
    };

    private static void AddTo(Dictionary<string, List<NodeRef>> index, string key, NodeRef node)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<NodeRef>(1);
        }

        if (!list.Contains(node))
        {
            list.Add(node);
        }
    }
}
