namespace ChainGraph.Core.Graph;

/// <summary>
/// A service with per-snapshot structures (the recommender's feature graph, ranks) that can build them
/// ahead of the first request. Hosts call it in the background once a snapshot is loaded, so the app
/// answers meanwhile and no user pays for the build.
/// </summary>
public interface ISnapshotWarmUp
{
    Task WarmUpAsync(GraphSnapshot snapshot, CancellationToken cancellationToken);
}
