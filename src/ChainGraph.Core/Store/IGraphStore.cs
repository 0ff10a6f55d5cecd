using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>
/// The system of record. Deliberately narrow (bulk upsert, delete, read-all for the snapshot,
/// lookups, search) so every backend can honour it and analysis runs on the
/// <see cref="Graph.GraphSnapshot"/> with identical answers for each backend.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A short name for messages: "sqlite:/path/to.db", "neo4j:http://host:7474/neo4j".</summary>
    string Description { get; }

    /// <summary>Creates or migrates the schema; fails with a message saying what to do when it cannot.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes one batch atomically: every node and edge of it, or nothing. Idempotent on natural keys:
    /// writing the same batch twice adds and updates nothing the second time.
    /// </summary>
    Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>Deletes nodes (and their relationships) by natural key; returns how many nodes were removed.</summary>
    Task<int> DeleteNodesAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken);

    /// <summary>Deletes relationships by natural key; returns how many were removed.</summary>
    Task<int> DeleteEdgesAsync(IReadOnlyCollection<EdgeKey> edges, CancellationToken cancellationToken);

    /// <summary>Streams every node with a store-local id that <see cref="ReadEdgesAsync"/> refers to.</summary>
    IAsyncEnumerable<StoredNode> ReadNodesAsync(CancellationToken cancellationToken);

    /// <summary>Streams every relationship; endpoints are the ids <see cref="ReadNodesAsync"/> gave.</summary>
    IAsyncEnumerable<StoredEdge> ReadEdgesAsync(CancellationToken cancellationToken);

    Task<GraphNode?> GetNodeAsync(NodeRef node, CancellationToken cancellationToken);

    /// <summary>Finds nodes whose name, alias or key contains <paramref name="text"/> (prefix matches first).</summary>
    Task<IReadOnlyList<GraphNode>> SearchAsync(string text, NodeKind? kind, int limit, CancellationToken cancellationToken);

    /// <summary>Relationships touching a node, in and out, with provenance.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(NodeRef node, CancellationToken cancellationToken);

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken);
}
