using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Copies rows from another store into Neo4j in batches of <see cref="Neo4jStoreOptions.BatchSize"/>
/// (nodes first, then edges, so edges find their endpoints). Idempotent: the target merges on
/// natural keys, so re-sending a row changes nothing. The watermark (the source's last change
/// time, read before copying) is stored in Neo4j only after everything was written, so an
/// interrupted sync repeats its rows next time rather than missing them.
/// </summary>
public sealed class Neo4jSync(Neo4jGraphStore target, int batchSize)
{
    public async Task<SyncReport> RunAsync(
        string source,
        DateTimeOffset? since,
        DateTimeOffset? upTo,
        IAsyncEnumerable<GraphNode> nodes,
        IAsyncEnumerable<GraphEdge> edges,
        CancellationToken cancellationToken)
    {
        var total = UpsertResult.Empty;
        var batches = 0;
        var buffer = new List<GraphNode>(batchSize);
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            buffer.Add(node);
            if (buffer.Count == batchSize)
            {
                total = total.Plus(await target.UpsertAsync(new GraphBatch($"sync nodes {++batches}", buffer.ToArray(), []), cancellationToken));
                buffer.Clear();
            }
        }

        if (buffer.Count > 0)
        {
            total = total.Plus(await target.UpsertAsync(new GraphBatch($"sync nodes {++batches}", buffer.ToArray(), []), cancellationToken));
        }

        var edgeBuffer = new List<GraphEdge>(batchSize);
        await foreach (var edge in edges.WithCancellation(cancellationToken))
        {
            edgeBuffer.Add(edge);
            if (edgeBuffer.Count == batchSize)
            {
                total = total.Plus(await target.UpsertAsync(new GraphBatch($"sync edges {++batches}", [], edgeBuffer.ToArray()), cancellationToken));
                edgeBuffer.Clear();
            }
        }

        if (edgeBuffer.Count > 0)
        {
            total = total.Plus(await target.UpsertAsync(new GraphBatch($"sync edges {++batches}", [], edgeBuffer.ToArray()), cancellationToken));
        }

        if (upTo is { } watermark)
        {
            await target.SetSyncWatermarkAsync(source, watermark, cancellationToken);
        }

        return new SyncReport(source, target.Description, since, upTo, batches, total);
    }
}

/// <summary>What one sync did: the window copied (since → up to), batches and the merged counts.</summary>
public sealed record SyncReport(string Source, string Target, DateTimeOffset? Since, DateTimeOffset? UpTo, int Batches, UpsertResult Result);
