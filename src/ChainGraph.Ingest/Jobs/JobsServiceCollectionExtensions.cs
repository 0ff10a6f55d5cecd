using ChainGraph.Ingest.Policy;
using ChainGraph.Ingest.Resolution;
using ChainGraph.Ingest.Sources;
using ChainGraph.Ingest.Web;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace ChainGraph.Ingest.Jobs;

/// <summary>Registration of ingestion jobs: the services the CLI runs on demand, and the Quartz scheduler the web app hosts.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Job services without a scheduler (what <c>chaingraph jobs run</c> needs): source catalog,
    /// loaders in order (jsonl, csv, xlsx, html-table, html-list, then policy-text), polite fetcher,
    /// run history, review list. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddChainGraphJobServices(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(JobRunner)))
        {
            return services;
        }

        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var web = configuration.GetSection(WebFetchOptions.Section).Get<WebFetchOptions>() ?? new WebFetchOptions();
        web.Validate();
        var resolution = configuration.GetSection(ResolutionOptions.Section).Get<ResolutionOptions>() ?? new ResolutionOptions();
        resolution.Validate();
        services.AddSingleton(jobs).AddSingleton(web).AddSingleton(resolution);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteStoreOptions());
        services.TryAddSingleton<SqliteGraphStore>();
        services.AddSingleton<JobDatabase>();
        services.AddSingleton<RunHistoryStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<HttpCacheStore>();
        services.AddSingleton(sp => new PoliteFetcher(PoliteFetcher.CreateHttpClient(), sp.GetRequiredService<WebFetchOptions>(), sp.GetRequiredService<HttpCacheStore>(), sp.GetRequiredService<TimeProvider>()));

        // Readers and loaders in order: the first that can load a kind wins; adding a format is adding a line here and a file.
        services.AddSingleton<IRowReader, JsonlRowReader>();
        services.AddSingleton<IRowReader, CsvRowReader>();
        services.AddSingleton<IRowReader, XlsxRowReader>();
        services.AddSingleton<IRowReader, HtmlTableRowReader>();
        services.AddSingleton<IRowReader, HtmlListRowReader>();
        services.AddSingleton<ISourceLoader, RowSourceLoader>();
        services.AddSingleton<PolicyAnalyzer>();
        services.AddSingleton<ISourceLoader, PolicyTextLoader>();
        services.AddSingleton<JobRunner>();
        return services;
    }

    /// <summary>
    /// Job services plus the Quartz scheduler as a hosted service: every source in
    /// <c>ingest/sources</c> becomes a job (key = source name), triggered by its <c>schedule</c>
    /// cron when it has one. The web app calls this; sources are validated here, at start.
    /// </summary>
    public static IServiceCollection AddChainGraphJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChainGraphJobServices(configuration);
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var catalog = SourceCatalog.Load(jobs.ResolveIngestFolder());
        services.AddQuartz(quartz =>
        {
            foreach (var source in catalog.Sources)
            {
                var key = new JobKey(source.Name, SourceJob.Group);
                quartz.AddJob<SourceJob>(job => job.WithIdentity(key).StoreDurably().UsingJobData(SourceJob.SourceKey, source.Name).WithDescription(source.Description ?? source.Location));
                if (source.Schedule is { } cron)
                {
                    quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(source.Name + "-schedule", SourceJob.Group).WithCronSchedule(cron));
                }
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
