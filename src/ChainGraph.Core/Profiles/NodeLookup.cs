using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;

namespace ChainGraph.Core.Profiles;

/// <summary>
/// Finds the node a user means by a name or code: an exact key (stock/credit code, with or
/// without a doubled exchange suffix), an exact name, full name or alias, then the best search hit;
/// a duplicate marked <see cref="EnterpriseProps.SameAs"/> gives way to the company it is.
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
            foreach (var key in new[] { text, StockCode.Normalize(text) }.OfType<string>().Distinct())
            {
                if (await store.GetNodeAsync(new NodeRef(candidateKind, key), cancellationToken) is { } byKey)
                {
                    return byKey;
                }
            }
        }

        var hits = await store.SearchAsync(text, kind, 20, cancellationToken);
        var normalized = NameNormalizer.Normalize(text);
        if (hits.Count == 0 && normalized.Length > 1 && normalized != text)
        {
            hits = await store.SearchAsync(normalized, kind, 20, cancellationToken);
        }

        var found = hits.FirstOrDefault(n => n.Name == text || n.Property(EnterpriseProps.FullName) == text || n.Aliases.Contains(text))
            ?? hits.FirstOrDefault(n => NamesOf(n).Any(name => NameNormalizer.Normalize(name) == normalized))
            ?? hits.FirstOrDefault();

        // A duplicate another source made of a known company: the person means the company.
        return found?.Property(EnterpriseProps.SameAs) is { } sameAs && await store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, sameAs), cancellationToken) is { } canonical
            ? canonical
            : found;
    }

    private static IEnumerable<string> NamesOf(GraphNode node)
    {
        yield return node.Name;
        if (node.Property(EnterpriseProps.FullName) is { } fullName)
        {
            yield return fullName;
        }

        foreach (var alias in node.Aliases)
        {
            yield return alias;
        }
    }
}
