namespace ChainGraph.Core.Graph;

/// <summary>
/// Hands out the current <see cref="GraphSnapshot"/> of the store, building it once and again
/// after <see cref="Invalidate"/> (called when ingestion has written).
/// </summary>
public interface IGraphSnapshotProvider
{
    Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken);

    /// <summary>Marks the snapshot stale; the next <see cref="GetAsync"/> rebuilds it from the store.</summary>
    void Invalidate();
}
