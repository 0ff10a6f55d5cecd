using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Http;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j 5 over its HTTP API: the same contract and merge rules as the embedded
/// store (tags and aliases united, properties overlaid, earliest <c>since</c> kept, counts of
/// added/updated/unchanged, edges to missing endpoints rejected), so analysis on the snapshot
/// gives identical answers. One <see cref="UpsertAsync"/> is one transaction (the transactional
/// endpoint runs all its <c>UNWIND $rows … MERGE</c> statements or none).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jStoreOptions _options;
    private readonly Neo4jHttpClient _client;
    private readonly TimeProvider _clock;
    private bool _initialized;

    public Neo4jGraphStore(Neo4jStoreOptions options, TimeProvider clock, ILogger<Neo4jGraphStore> logger)
        : this(options, clock, logger, handler: null)
    {
    }

    /// <summary>With an explicit HTTP handler (a proxy, a test's loopback server settings).</summary>
    public Neo4jGraphStore(Neo4jStoreOptions options, TimeProvider clock, ILogger logger, HttpMessageHandler? handler)
    {
        options.Validate();
        _options = options;
        _clock = clock;
        _client = new Neo4jHttpClient(options, clock, logger, handler);
    }

    public string Description => $"neo4j:{_options.Url.TrimEnd('/')}/db/{_options.Database}";

    /// <summary>Applies graph-schema/neo4j/*.cypher (constraints and indexes, IF NOT EXISTS) and so checks URL, credentials and database.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in Neo4jSchema.Statements)
        {
            await _client.QueryAsync(statement.WithoutParameters(), cancellationToken);
        }

        _initialized = true;
    }

    public async Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var folded = Neo4jBatchFolder.Fold(batch);
        var now = Neo4jRows.FormatTime(_clock.GetUtcNow());
        var calls = new List<CypherCall>();
        foreach (var group in folded.Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            calls.AddRange(group.Chunk(_options.BatchSize).Select(chunk =>
                CypherStatements.MergeNodes(group.Key).With(new Dictionary<string, object?> { ["rows"] = chunk.Select(Neo4jRows.NodeRow).ToArray(), ["now"] = now })));
        }

        var nodeCalls = calls.Count;
        foreach (var group in folded.Edges.Select((e, i) => (Edge: e, Index: i)).GroupBy(e => e.Edge.Type).OrderBy(g => g.Key))
        {
            calls.AddRange(group.Chunk(_options.BatchSize).Select(chunk =>
                CypherStatements.MergeEdges(group.Key).With(new Dictionary<string, object?> { ["rows"] = chunk.Select(e => Neo4jRows.EdgeRow(e.Edge, e.Index)).ToArray(), ["now"] = now })));
        }

        var results = await _client.CommitAsync(calls, cancellationToken);
        return Tally(results.Take(nodeCalls), results.Skip(nodeCalls), folded).Plus(folded.Repeats);
    }

    public async Task<int> DeleteNodesAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        if (nodes.Count == 0)
        {
            return 0;
        }

        var calls = nodes.Select(Neo4jRows.Uid).Distinct().Chunk(_options.BatchSize)
            .Select(chunk => CypherStatements.DeleteNodes.With(new Dictionary<string, object?> { ["uids"] = chunk }))
            .ToArray();
        var results = await _client.CommitAsync(calls, cancellationToken);
        return results.Sum(r => SingleLong(r, "removed"));
    }

    public async Task<int> DeleteEdgesAsync(IReadOnlyCollection<EdgeKey> edges, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var calls = edges.Distinct().GroupBy(e => e.Type).OrderBy(g => g.Key)
            .SelectMany(g => g.Chunk(_options.BatchSize).Select(chunk =>
                CypherStatements.DeleteEdges(g.Key).With(new Dictionary<string, object?> { ["rows"] = chunk.Select(Neo4jRows.EdgeKeyRow).ToArray() })))
            .ToArray();
        var results = await _client.CommitAsync(calls, cancellationToken);
        return results.Sum(r => SingleLong(r, "removed"));
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var nodes = await _client.QueryAsync(CypherStatements.CountNodes.WithoutParameters(), cancellationToken);
        var relationships = await _client.QueryAsync(CypherStatements.CountRelationships.WithoutParameters(), cancellationToken);
        int kind = nodes.Column("kind"), nodeCount = nodes.Column("count"), type = relationships.Column("type"), relCount = relationships.Column("count");
        return new StoreStats(
            nodes.Rows.ToDictionary(r => GraphNames.ParseKind(r[kind].GetString()!), r => r[nodeCount].GetInt64()),
            relationships.Rows.ToDictionary(r => GraphNames.ParseRelType(r[type].GetString()!), r => r[relCount].GetInt64()));
    }

    /// <summary>The incremental sync's watermark for <paramref name="source"/> (a store description), or null before the first sync.</summary>
    public async Task<DateTimeOffset?> GetSyncWatermarkAsync(string source, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var result = await _client.QueryAsync(CypherStatements.ReadSyncWatermark.With(new Dictionary<string, object?> { ["source"] = source }), cancellationToken);
        var column = result.Column("syncedUpTo");
        return result.Rows.Count == 0 || result.Rows[0][column].GetString() is not { } text
            ? null
            : DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
    }

    public async Task SetSyncWatermarkAsync(string source, DateTimeOffset syncedUpTo, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await _client.QueryAsync(CypherStatements.WriteSyncWatermark.With(new Dictionary<string, object?>
        {
            ["source"] = source,
            ["syncedUpTo"] = Neo4jRows.FormatTime(syncedUpTo),
            ["now"] = Neo4jRows.FormatTime(_clock.GetUtcNow()),
        }), cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static UpsertResult Tally(IEnumerable<Neo4jResult> nodeResults, IEnumerable<Neo4jResult> edgeResults, FoldedBatch folded)
    {
        int nodesAdded = 0, nodesUpdated = 0, nodesUnchanged = 0;
        foreach (var result in nodeResults)
        {
            int status = result.Column("status"), rows = result.Column("rows");
            foreach (var row in result.Rows)
            {
                var count = (int)row[rows].GetInt64();
                _ = row[status].GetString() switch
                {
                    "added" => nodesAdded += count,
                    "updated" => nodesUpdated += count,
                    _ => nodesUnchanged += count,
                };
            }
        }

        int edgesAdded = 0, edgesUpdated = 0, edgesUnchanged = 0;
        var rejected = new List<RejectedEdge>();
        foreach (var result in edgeResults)
        {
            int index = result.Column("index"), status = result.Column("status");
            foreach (var row in result.Rows)
            {
                var edge = folded.Edges[row[index].GetInt32()];
                switch (row[status].GetString())
                {
                    case "added": edgesAdded++; break;
                    case "updated": edgesUpdated++; break;
                    case "unchanged": edgesUnchanged++; break;
                    case var missing:
                        var endpoint = missing == "missing-from" ? edge.From : edge.To;
                        rejected.Add(new RejectedEdge(edge, $"{edge.Type.Name()} refers to {endpoint}, which is not in the store or the batch"));
                        break;
                }
            }
        }

        return new UpsertResult(nodesAdded, nodesUpdated, nodesUnchanged, edgesAdded, edgesUpdated, edgesUnchanged, rejected);
    }

    private static int SingleLong(Neo4jResult result, string column) =>
        result.Rows.Count == 0 ? 0 : (int)result.Rows[0][result.Column(column)].GetInt64();

    private void EnsureInitialized()
    {
        if (!_initialized)
        {
            throw new InvalidOperationException($"The store {Description} is not initialized; call InitializeAsync first.");
        }
    }
}
