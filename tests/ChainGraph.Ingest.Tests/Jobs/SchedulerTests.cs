using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Loading;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ChainGraph.Ingest.Tests.Jobs;

/// <summary>The hosted Quartz scheduler as the web app runs it (AddChainGraphJobs): every source is a job; one failing does not stop another.</summary>
public sealed class SchedulerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-quartz-").FullName;
    private IHost _host = null!;

    private string Ingest => Path.Combine(_folder, "ingest");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Ingest, "sources"));
        File.WriteAllText(Path.Combine(Ingest, "good.csv"), "name\n天津钢管制造有限公司\n天津钢铁集团有限公司\n");
        File.WriteAllText(Path.Combine(Ingest, "gone.csv"), "name\nx\n");
        File.WriteAllText(Path.Combine(Ingest, "sources", "good.yaml"), "kind: csv\nlocation: good.csv\nfields: {name: name}\nschedule: '0 0 3 * * ?'\n");
        File.WriteAllText(Path.Combine(Ingest, "sources", "gone.yaml"), "kind: csv\nlocation: gone.csv\nfields: {name: name}\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChainGraph:Jobs:IngestFolder"] = Ingest }).Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Services
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") })
            .AddSingleton<SqliteGraphStore>()
            .AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>())
            .AddSingleton<IGraphSnapshotProvider, StoreSnapshotProvider>()
            .AddSingleton(new IngestOptions())
            .AddSingleton<IngestService>()
            .AddChainGraphJobs(configuration);
        _host = builder.Build();
        await _host.Services.GetRequiredService<IGraphStore>().InitializeAsync(CancellationToken.None);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TriggerJob_OneSourceFails_TheOtherStillRuns()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = (await scheduler.GetTriggersOfJob(new JobKey("good", SourceJob.Group))).Single();
        Assert.Equal("0 0 3 * * ?", ((ICronTrigger)trigger).CronExpressionString);
        File.Delete(Path.Combine(Ingest, "gone.csv"));

        await scheduler.TriggerJob(new JobKey("gone", SourceJob.Group));
        await scheduler.TriggerJob(new JobKey("good", SourceJob.Group));
        var runs = await WaitForRunsAsync(2);

        Assert.Equal(JobStatus.Failed, runs["gone"].Status);
        Assert.Contains("gone.csv", runs["gone"].Message);
        Assert.Equal(JobStatus.Succeeded, runs["good"].Status);
        Assert.Equal(2, runs["good"].Added);
    }

    private async Task<IReadOnlyDictionary<string, JobRun>> WaitForRunsAsync(int count)
    {
        var history = _host.Services.GetRequiredService<RunHistoryStore>();
        for (var i = 0; i < 300; i++)
        {
            var runs = await history.LastRunsAsync(CancellationToken.None);
            if (runs.Count == count && runs.Values.All(r => r.FinishedAt is not null))
            {
                return runs;
            }

            await Task.Delay(50);
        }

        var seen = await history.HistoryAsync(null, 10, CancellationToken.None);
        throw new TimeoutException($"the scheduler did not finish both jobs within 15 s; runs: {string.Join("; ", seen)}");
    }
}
