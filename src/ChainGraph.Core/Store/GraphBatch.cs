using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>
/// One unit of atomic writing. Nodes are written before edges, so an edge may refer to a node
/// of the same batch. <see cref="Label"/> names the batch in messages (file and line range).
/// </summary>
public sealed record GraphBatch(string Label, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public int Count => Nodes.Count + Edges.Count;
}
