using Quartz;

namespace ChainGraph.Ingest.Jobs;

/// <summary>
/// The Quartz job of one source: a thin wrapper around <see cref="JobRunner"/>. Each source is its
/// own job key, so <see cref="DisallowConcurrentExecutionAttribute"/> means one run at a time per source
/// while different sources run side by side.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourceJob(JobRunner runner) : IJob
{
    public const string SourceKey = "source";

    public const string Group = "chaingraph-sources";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(context.MergedJobDataMap.GetString(SourceKey)!, cancellationToken);
}
