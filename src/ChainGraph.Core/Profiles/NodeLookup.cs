using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;

namespace ChainGraph.Core.Profiles;

/// <summary>
/// Finds the node a user means by a name or code: an exact key (stock/credit code, with or
/// without a doubled exchange suffix), an exact name, full name or alias, then the best search hit.
/// </summary>
public sealed class NodeLookup(IGraphStore store)
{
    public async Task<GraphNode?> FindAsync(string nameOrCode, NodeKind? kind, CancellationToken cancellationToken)
    {
        var text = nameOrCode.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var candidateKind in kind is { } k ? [k] : new[] { NodeKind.Enterprise, NodeKind.Industry, NodeKind.Product, NodeKind.Region, NodeKind.Chain, NodeKind.Segment, NodeKind.Fund })
        {
            if (await store.GetNodeAsync(new NodeRef(candidateKind, text), cancellationToken) is { } byKey)
            {
                return byKey;
            }
        }

        var hits = await store.SearchAsync(text, kind, 20, cancellationToken);
        var normalized = NameNormalizer.Normalize(text);
        return hits.FirstOrDefault(n => n.Name == text || n.Property(EnterpriseProps.FullName) == text || n.Aliases.Contains(text))
            ?? hits.FirstOrDefault(n => NameNormalizer.Normalize(n.Name) == normalized || n.Aliases.Any(a => NameNormalizer.Normalize(a) == normalized))
            ?? hits.FirstOrDefault();
    }
}
