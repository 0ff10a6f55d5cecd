using System.Diagnostics;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest;
using ChainGraph.Recommender.Recommending;
using ChainGraph.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChainGraph.Web.Hosting;

/// <summary>
/// Runs before the server listens: creates or migrates the store, imports the shipped demo data when the
/// store holds no enterprise (progress in the log), makes sure an account exists, builds the snapshot;
/// once listening, logs the URL to open.
/// </summary>
internal sealed partial class StoreInitializer(
    IGraphStore store,
    IngestService ingest,
    IGraphSnapshotProvider snapshots,
    AccountStore accounts,
    WebDatabase database,
    Chains.OverrideService overrides,
    ChainGraphWebOptions options,
    RankerStore rankers,
    TrainingService training,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StoreInitializer> logger) : IHostedService
{
    private const long ProgressStep = 50_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogOpening(store.Description);
        await store.InitializeAsync(cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.NodeCount(NodeKind.Enterprise) == 0 && options.ImportDemoWhenEmpty)
        {
            await ImportDemoAsync(cancellationToken);
        }
        else
        {
            LogStoreReady(stats.NodeCount(NodeKind.Enterprise), stats.Relationships.Values.Sum());
        }

        var passwordFile = options.AdminPasswordFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path ?? "chaingraph.db"))!, "admin-password.txt");
        await accounts.EnsureAdminAsync(options.AdminUser, options.AdminPassword, passwordFile, cancellationToken);
        if (await overrides.AnyAsync(cancellationToken))
        {
            // A CLI re-import places enterprises without the web app's overrides; put them back.
            await overrides.ApplyAsync(cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        var snapshot = await snapshots.GetAsync(cancellationToken);
        LogSnapshot(snapshot.NodeCount, snapshot.EdgeCount, clock.ElapsedMilliseconds);
        if (options.TrainModelWhenMissing)
        {
            await EnsureModelAsync(cancellationToken);
        }

        lifetime.ApplicationStarted.Register(LogAddresses);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportDemoAsync(CancellationToken cancellationToken)
    {
        LogImportStarting();
        var clock = Stopwatch.StartNew();
        long written = 0;
        long nextLog = ProgressStep;
        var progress = new SynchronousProgress(rows =>
        {
            written += rows;
            if (written >= nextLog)
            {
                LogImportProgress(written, clock.Elapsed.TotalSeconds);
                nextLog = (written / ProgressStep + 1) * ProgressStep;
            }
        });
        var reports = await ingest.IngestDemoAsync(progress, cancellationToken);
        foreach (var report in reports)
        {
            LogImportReport(report.Source, report.RowsRead, report.SkippedTotal);
        }

        LogImportDone(written, clock.Elapsed.TotalSeconds);
    }

    // The 招商目标 page needs a trained ranker; on a fresh machine none is saved yet, so train it once (as `chaingraph train` does).
    private async Task EnsureModelAsync(CancellationToken cancellationToken)
    {
        try
        {
            rankers.Get();
            return;
        }
        catch (RecommendException)
        {
            LogTraining(rankers.Folder);
        }
        catch (InvalidDataException ex)
        {
            // A model saved by an older build (different feature list): retrain rather than refuse to start.
            LogStaleModel(rankers.Folder, ex.Message);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            await training.TrainAsync(line => LogTrainingProgress(line), cancellationToken);
            LogTrained(clock.Elapsed.TotalSeconds);
        }
        catch (InvalidOperationException ex)
        {
            // An empty or relationship-less store: browsing works, target lists answer with the trainer's message.
            LogTrainingFailed(ex.Message);
        }
    }

    private void LogAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogListening(address);
        }
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; this reports in order on the caller's thread.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening the store {Store}")]
    private partial void LogOpening(string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Enterprises} enterprises, {Relationships} relationships")]
    private partial void LogStoreReady(long enterprises, long relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty: importing the demo data (regions, ckg, ickg25-past)")]
    private partial void LogImportStarting();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo import: {Rows} rows written ({Seconds:F1} s)")]
    private partial void LogImportProgress(long rows, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo import: {Source}: {Read} rows read, {Skipped} skipped")]
    private partial void LogImportReport(string source, long read, long skipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo import done: {Rows} rows in {Seconds:F1} s")]
    private partial void LogImportDone(long rows, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph snapshot built: {Nodes} nodes, {Edges} relationships in {Milliseconds} ms")]
    private partial void LogSnapshot(int nodes, int edges, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "No trained ranking model in {Folder}: training one on the store (chaingraph train)")]
    private partial void LogTraining(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ranking model in {Folder} cannot be used ({Reason}): training a new one")]
    private partial void LogStaleModel(string folder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training: {Line}")]
    private partial void LogTrainingProgress(string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ranking model trained in {Seconds:F1} s")]
    private partial void LogTrained(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not train the ranking model: {Reason}; target lists are unavailable until `chaingraph train` succeeds")]
    private partial void LogTrainingFailed(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "ChainGraph web app is ready: open {Url} in a browser (产业链总览)")]
    private partial void LogListening(string url);
}
