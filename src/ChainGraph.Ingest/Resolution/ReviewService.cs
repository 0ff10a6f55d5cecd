using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Resolution;

/// <summary>
/// Decides "possibly same as" entries for a person (CLI now, web later). Confirm merges the row
/// onto the candidate (its name becomes an alias, so the next run resolves it by alias); reject
/// writes the row as its own node (so the next run resolves it by exact name). Either way the
/// entry is settled once and re-runs do not ask again.
/// </summary>
public sealed class ReviewService(ReviewStore reviews, IGraphStore store, IGraphSnapshotProvider snapshots, TimeProvider clock)
{
    public Task<IReadOnlyList<PossibleDuplicate>> ListAsync(ReviewStatus? status, CancellationToken cancellationToken) =>
        reviews.ListAsync(status, cancellationToken);

    public async Task<GraphNode> ConfirmAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await PendingAsync(id, cancellationToken);
        var candidate = await store.GetNodeAsync(entry.Candidate, cancellationToken)
            ?? throw new InvalidOperationException($"Review {id}: the candidate {entry.Candidate} ({entry.CandidateName}) is no longer in the store; reject the entry to add '{entry.Name}' as a new node.");
        var merged = RowNodeMapper.MergeInto(candidate, entry.Fields, entry.Tags);
        await WriteAsync(id, merged, ReviewStatus.Confirmed, cancellationToken);
        return merged;
    }

    public async Task<GraphNode> RejectAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await PendingAsync(id, cancellationToken);
        var node = RowNodeMapper.Create(entry.Kind, entry.Fields, entry.Tags, Provenance.Create(entry.Source, entry.SourceRef, clock.GetUtcNow()));
        await WriteAsync(id, node, ReviewStatus.Rejected, cancellationToken);
        return node;
    }

    private async Task WriteAsync(long id, GraphNode node, ReviewStatus status, CancellationToken cancellationToken)
    {
        await store.UpsertAsync(new GraphBatch($"review {id}", [node], []), cancellationToken);
        await reviews.SetStatusAsync(id, status, cancellationToken);
        snapshots.Invalidate();
    }

    private async Task<PossibleDuplicate> PendingAsync(long id, CancellationToken cancellationToken)
    {
        var entry = await reviews.GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"There is no review entry {id}; `chaingraph resolve list` shows the pending ones.");
        return entry.Status == ReviewStatus.Pending
            ? entry
            : throw new InvalidOperationException($"Review entry {id} ('{entry.Name}' ~ '{entry.CandidateName}') was already {entry.Status.ToString().ToLowerInvariant()}.");
    }
}
