using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Api;

namespace ChainGraph.Web.Lists;

/// <summary>
/// The chains a target list belongs to, for the chain-scope check: the chain of a segment-form query; for an
/// anchor-form query, the chains the anchor enterprise leads (ANCHORS) or is placed in (IN_SEGMENT).
/// </summary>
public static class ListChains
{
    public static IReadOnlyList<string> Of(TargetQueryParameters query, GraphSnapshot snapshot, IChainMapService chains)
    {
        if (!string.IsNullOrWhiteSpace(query.Chain))
        {
            try
            {
                return [chains.FindChain(query.Chain).Id];
            }
            catch (ChainNotFoundException)
            {
                return [];
            }
        }

        var anchor = query.Anchor?.Trim() ?? "";
        var nodes = snapshot.Find(new NodeRef(NodeKind.Enterprise, anchor)) is { } byKey ? [byKey] : snapshot.FindByName(anchor, NodeKind.Enterprise);
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes.Select(snapshot.Canonical).Distinct())
        {
            foreach (var edge in snapshot.Edges(node, RelType.Anchors, Direction.Out))
            {
                result.Add(snapshot.Node(edge.To).Key);
            }

            foreach (var edge in snapshot.Edges(node, RelType.InSegment, Direction.Out))
            {
                var segment = snapshot.Node(edge.To);
                result.Add(segment.Property("chain") ?? segment.Key.Split('/')[0]); // segment keys are "chain/segment"
            }
        }

        return [.. result];
    }
}
