using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Core.Profiles;

/// <summary>Builds a <see cref="NodeProfile"/> from the store: the CLI's <c>show</c> and the web's 企业画像 use the same code.</summary>
public sealed class NodeProfileService(IGraphStore store)
{
    /// <summary>Most relationships a profile lists; a hub (an industry with thousands of members) is cut here.</summary>
    public const int MaxFacts = 2_000;

    private readonly NodeLookup _lookup = new(store);

    public async Task<NodeProfile?> GetAsync(string nameOrCode, NodeKind? kind, CancellationToken cancellationToken)
    {
        var node = await _lookup.FindAsync(nameOrCode, kind, cancellationToken);
        return node is null ? null : await GetAsync(node, cancellationToken);
    }

    public async Task<NodeProfile> GetAsync(GraphNode node, CancellationToken cancellationToken)
    {
        var edges = (await store.GetEdgesAsync(node.Ref, cancellationToken)).Take(MaxFacts).ToArray();
        var names = new Dictionary<NodeRef, string>();
        foreach (var other in edges.Select(e => e.From == node.Ref ? e.To : e.From).Distinct())
        {
            names[other] = (await store.GetNodeAsync(other, cancellationToken))?.Name ?? other.Key;
        }

        var facts = edges.Select(e =>
        {
            var outgoing = e.From == node.Ref;
            var other = outgoing ? e.To : e.From;
            return new ProfileFact(e.Type, outgoing, other, names[other], e.Weight, e.Since, e.Qualifier, e.Properties, e.Provenance);
        }).ToArray();
        return new NodeProfile(node, facts);
    }
}
