using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>Counts of nodes per label and relationships per type.</summary>
public sealed record StoreStats(IReadOnlyDictionary<NodeKind, long> Nodes, IReadOnlyDictionary<RelType, long> Relationships)
{
    public long NodeCount(NodeKind kind) => Nodes.TryGetValue(kind, out var n) ? n : 0;

    public long RelationshipCount(RelType type) => Relationships.TryGetValue(type, out var n) ? n : 0;
}
