using System.Collections.Concurrent;
using ChainGraph.Core.Graph;
using ChainGraph.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Ingest.Jobs;

/// <summary>
/// Runs one source now: records the run as started, picks the first loader (registration order)
/// that can load the source's kind, and records how it ended. One run per source at a time in a
/// process (a second caller waits). A failing source is recorded as failed and does not throw, so
/// a scheduler's other jobs carry on; cancellation (shutdown) is recorded and passed on.
/// </summary>
public sealed partial class JobRunner(JobsOptions options, IEnumerable<ISourceLoader> loaders, RunHistoryStore history, IGraphSnapshotProvider snapshots, ILogger<JobRunner> logger)
{
    private readonly IReadOnlyList<ISourceLoader> _loaders = loaders.ToArray();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _running = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sources as they are on disk now, re-read each call so an edited YAML file takes effect at
    /// the next run; invalid files are listed in <see cref="SourceCatalog.Problems"/> instead of failing every job.
    /// </summary>
    public SourceCatalog Catalog() => SourceCatalog.LoadLenient(options.ResolveIngestFolder());

    /// <summary>Runs the source named <paramref name="name"/>; if its file has become invalid, the run is recorded as failed with the validation message.</summary>
    public async Task<JobOutcome> RunAsync(string name, CancellationToken cancellationToken)
    {
        var catalog = Catalog();
        if (catalog.TryGet(name, out var source))
        {
            return await RunAsync(source, cancellationToken);
        }

        var problem = catalog.Problems.GetValueOrDefault(name) ?? $"there is no source named '{name}' in {Path.Combine(catalog.IngestRoot, "sources")}";
        var runId = await history.StartAsync(name, cancellationToken);
        await history.FinishAsync(runId, JobStatus.Failed, default, problem, CancellationToken.None);
        LogFinished(name, JobStatus.Failed, 0, 0, 0, 0);
        return new JobOutcome(runId, name, JobStatus.Failed, default, problem, []);
    }

    public async Task<JobOutcome> RunAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var gate = _running.GetOrAdd(source.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunExclusiveAsync(source, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<JobOutcome> RunExclusiveAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var runId = await history.StartAsync(source.Name, cancellationToken);
        LogStarted(source.Name, source.Kind.Name(), source.Location);
        var loader = _loaders.FirstOrDefault(l => l.CanLoad(source.Kind));
        if (loader is null)
        {
            return await FinishAsync(runId, source, JobStatus.Failed, default, $"no loader is registered for kind '{source.Kind.Name()}'", null);
        }

        try
        {
            var result = await loader.LoadAsync(source, cancellationToken);
            snapshots.Invalidate();
            var status = result.Counts.Rejected > 0 ? JobStatus.Partial : JobStatus.Succeeded;
            var message = result.Rejections.Count > 0 ? $"{result.Summary}. First rejections: {string.Join(" | ", result.Rejections.Take(5))}" : result.Summary;
            return await FinishAsync(runId, source, status, result.Counts, message, result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(runId, source, JobStatus.Failed, default, "cancelled (shutdown); committed batches are kept, a re-run completes the source", null);
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The job boundary: any failure of one source is recorded with its message and does not stop the others.
            LogFailed(ex, source.Name);
            return await FinishAsync(runId, source, JobStatus.Failed, default, $"{ex.GetType().Name}: {ex.Message}", null);
        }
    }

    private async Task<JobOutcome> FinishAsync(long runId, SourceDefinition source, JobStatus status, JobCounts counts, string message, SourceLoadResult? result)
    {
        await history.FinishAsync(runId, status, counts, message, CancellationToken.None);
        LogFinished(source.Name, status, counts.Added, counts.Updated, counts.Rejected, counts.Held);
        return new JobOutcome(runId, source.Name, status, counts, message, result?.Rejections ?? []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} started: {Kind} {Location}")]
    private partial void LogStarted(string job, string kind, string location);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} {Status}: {Added} added, {Updated} updated, {Rejected} rejected, {Held} held for review")]
    private partial void LogFinished(string job, JobStatus status, long added, long updated, long rejected, long held);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private partial void LogFailed(Exception exception, string job);
}
