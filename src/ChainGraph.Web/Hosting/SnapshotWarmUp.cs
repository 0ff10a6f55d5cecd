using System.Diagnostics;
using ChainGraph.Core.Graph;

namespace ChainGraph.Web.Hosting;

/// <summary>
/// After <see cref="StoreInitializer"/> has loaded the snapshot, builds in the background what the first
/// requests would otherwise build (the name index, the recommender's feature graph and ranks): at a
/// million enterprises that is the difference between a first recommendation in seconds and one in
/// tens of seconds. The app answers meanwhile; a request that arrives first simply builds it itself.
/// </summary>
internal sealed partial class SnapshotWarmUp(
    IGraphSnapshotProvider snapshots,
    IEnumerable<ISnapshotWarmUp> warmUps,
    ILogger<SnapshotWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        try
        {
            var snapshot = await snapshots.GetAsync(stoppingToken);
            snapshot.PrepareNameIndex();
            snapshot.PrepareDuplicateIndex();
            foreach (var warmUp in warmUps)
            {
                await warmUp.WarmUpAsync(snapshot, stoppingToken);
            }

            LogWarm(clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the warm-up finished: nothing to keep.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only a head start: an empty store (no regions yet) or a failing part must not stop the app; the first
            // request that needs the structure builds it and reports its own problem.
            LogSkipped(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background preparation of the feature structures skipped: {Reason}")]
    private partial void LogSkipped(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feature structures prepared in the background in {Seconds:F1} s")]
    private partial void LogWarm(double seconds);
}
