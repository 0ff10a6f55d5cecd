using ChainGraph.Ingest.Jobs;
using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChainGraph.Web.Tests.Api;

/// <summary>The web app hosts the ingestion scheduler: every source of ingest/sources is a job, scheduled ones have their cron trigger.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SchedulerTests(WebAppFixture app)
{
    [Fact]
    public async Task Every_source_is_a_job_of_the_running_scheduler_and_schedules_become_cron_triggers()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var sourceFiles = Directory.GetFiles(Path.Combine(new JobsOptions().ResolveIngestFolder(), "sources"), "*.yaml");
        Assert.NotEmpty(sourceFiles);
        foreach (var name in sourceFiles.Select(Path.GetFileNameWithoutExtension))
        {
            Assert.NotNull(await scheduler.GetJobDetail(new JobKey(name!, SourceJob.Group)));
        }

        var triggers = await scheduler.GetTriggersOfJob(new JobKey("ckg-companies", SourceJob.Group));
        var cron = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(triggers));
        Assert.Equal("0 30 2 ? * SUN", cron.CronExpressionString);
        Assert.Empty(await scheduler.GetTriggersOfJob(new JobKey("policy-dongli-2024-investment-plan", SourceJob.Group)));
    }
}
