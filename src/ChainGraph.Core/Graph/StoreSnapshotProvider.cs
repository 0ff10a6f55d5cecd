using ChainGraph.Core.Store;

namespace ChainGraph.Core.Graph;

/// <summary>Builds snapshots from an <see cref="IGraphStore"/>; concurrent callers share one build.</summary>
public sealed class StoreSnapshotProvider(IGraphStore store) : IGraphSnapshotProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile GraphSnapshot? _current;

    public async Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await GraphSnapshotBuilder.LoadAsync(store, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _gate.Dispose();
}
