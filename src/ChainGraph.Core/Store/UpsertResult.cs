using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>What one batch did to the store. A rejected edge names why (e.g. an endpoint that does not exist).</summary>
public sealed record UpsertResult(
    int NodesAdded,
    int NodesUpdated,
    int NodesUnchanged,
    int EdgesAdded,
    int EdgesUpdated,
    int EdgesUnchanged,
    IReadOnlyList<RejectedEdge> Rejected)
{
    public static UpsertResult Empty { get; } = new(0, 0, 0, 0, 0, 0, []);

    public int Added => NodesAdded + EdgesAdded;

    public int Updated => NodesUpdated + EdgesUpdated;

    public UpsertResult Plus(UpsertResult other) => new(
        NodesAdded + other.NodesAdded,
        NodesUpdated + other.NodesUpdated,
        NodesUnchanged + other.NodesUnchanged,
        EdgesAdded + other.EdgesAdded,
        EdgesUpdated + other.EdgesUpdated,
        EdgesUnchanged + other.EdgesUnchanged,
        [.. Rejected, .. other.Rejected]);
}

/// <summary>An edge the store refused, with the reason.</summary>
public sealed record RejectedEdge(GraphEdge Edge, string Reason);
