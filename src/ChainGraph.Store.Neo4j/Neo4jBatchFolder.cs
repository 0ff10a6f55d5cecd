using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Folds repeated natural keys of one batch into one row each, with the store's merge rules
/// (tags and aliases united, properties overlaid, earliest <c>since</c>). One <c>UNWIND … MERGE</c>
/// statement reads every row's "before" ahead of its writes, so two rows with the same key would
/// both see the stored state; folding first gives the same result and counts as writing the rows
/// one after another (as the SQLite store does).
/// </summary>
internal static class Neo4jBatchFolder
{
    public static FoldedBatch Fold(GraphBatch batch)
    {
        var nodes = new List<GraphNode>(batch.Nodes.Count);
        var nodeIndex = new Dictionary<NodeRef, int>();
        int nodesUpdated = 0, nodesUnchanged = 0;
        foreach (var node in batch.Nodes)
        {
            if (!nodeIndex.TryGetValue(node.Ref, out var i))
            {
                nodeIndex[node.Ref] = nodes.Count;
                nodes.Add(node);
                continue;
            }

            var earlier = nodes[i];
            var merged = node with
            {
                Tags = [.. earlier.Tags.Union(node.Tags).Order(StringComparer.Ordinal)],
                Aliases = [.. earlier.Aliases.Union(node.Aliases).Where(a => a != node.Name).Order(StringComparer.Ordinal)],
                Properties = earlier.Properties.SetItems(node.Properties),
            };
            var same = earlier.Name == merged.Name
                && earlier.Tags.ToHashSet().SetEquals(merged.Tags)
                && earlier.Aliases.ToHashSet().SetEquals(merged.Aliases)
                && earlier.Properties.Count == merged.Properties.Count && earlier.Properties.All(p => merged.Properties.GetValueOrDefault(p.Key) == p.Value);
            if (same)
            {
                nodesUnchanged++;
            }
            else
            {
                nodesUpdated++;
                nodes[i] = merged;
            }
        }

        var edges = new List<GraphEdge>(batch.Edges.Count);
        var edgeIndex = new Dictionary<EdgeKey, int>();
        int edgesUpdated = 0, edgesUnchanged = 0;
        foreach (var edge in batch.Edges)
        {
            var key = new EdgeKey(edge.Type, edge.From, edge.To, edge.Qualifier);
            if (!edgeIndex.TryGetValue(key, out var i))
            {
                edgeIndex[key] = edges.Count;
                edges.Add(edge);
                continue;
            }

            var earlier = edges[i];
            var since = earlier.Since is { } s && (edge.Since is null || s < edge.Since) ? earlier.Since : edge.Since;
            var merged = edge with { Since = since, Properties = earlier.Properties.SetItems(edge.Properties) };
            var same = Nullable.Equals(earlier.Weight, merged.Weight) && earlier.Since == merged.Since
                && earlier.Properties.Count == merged.Properties.Count && earlier.Properties.All(p => merged.Properties.GetValueOrDefault(p.Key) == p.Value);
            if (same)
            {
                edgesUnchanged++;
            }
            else
            {
                edgesUpdated++;
                edges[i] = merged;
            }
        }

        return new FoldedBatch(nodes, edges, new UpsertResult(0, nodesUpdated, nodesUnchanged, 0, edgesUpdated, edgesUnchanged, []));
    }
}

/// <summary>A batch with one row per natural key, and what folding the repeats counted.</summary>
internal sealed record FoldedBatch(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, UpsertResult Repeats);
