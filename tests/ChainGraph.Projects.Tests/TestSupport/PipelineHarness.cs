using System.Collections.Immutable;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Hosting;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChainGraph.Projects.Tests.TestSupport;

/// <summary>
/// The services of the shared composition root (as the CLI builds them) over a real SQLite file in a temporary
/// folder, with a fake clock (China time 2024-11-05 10:00 to start) and a few enterprises in the graph.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 11, 5, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-projects-").FullName;

    private PipelineHarness(IReadOnlyDictionary<string, string?>? settings)
    {
        Path = System.IO.Path.Combine(_folder, "graph.db");
        var values = new Dictionary<string, string?> { ["ChainGraph:Sqlite:Path"] = Path };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        Services = new ServiceCollection()
            .AddLogging()
            .AddChainGraph(configuration)
            .AddSingleton<TimeProvider>(Clock)
            .BuildServiceProvider();
    }

    public string Path { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public ServiceProvider Services { get; }

    public ProjectService Projects => Services.GetRequiredService<ProjectService>();

    public VisitService Visits => Services.GetRequiredService<VisitService>();

    public PipelineService Pipeline => Services.GetRequiredService<PipelineService>();

    public static async Task<PipelineHarness> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, params GraphNode[] enterprises)
    {
        var harness = new PipelineHarness(settings);
        var store = harness.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(CancellationToken.None);
        GraphNode[] nodes = enterprises.Length > 0 ? enterprises : [CatlNode, BeijingTechNode, DuplicateNode];
        await store.UpsertAsync(new GraphBatch("projects-tests", nodes, []), CancellationToken.None);
        harness.Services.GetRequiredService<IGraphSnapshotProvider>().Invalidate();
        return harness;
    }

    public static GraphNode CatlNode { get; } = Enterprise("300750.SZ", "宁德时代", "福建省", "上市");

    public static GraphNode BeijingTechNode { get; } = Enterprise("TEST-BJ-1", "北京某芯科技有限公司", "北京市", "专精特新", "央企");

    /// <summary>A second node for 宁德时代 from another source, marked sameAs: a project on it is a project on 300750.SZ.</summary>
    public static GraphNode DuplicateNode { get; } = Enterprise("name:宁德时代新能源", "宁德时代新能源", "福建省").WithProperty(EnterpriseProps.SameAs, "300750.SZ");

    public static GraphNode Enterprise(string key, string name, string province, params string[] tags) =>
        new GraphNode(NodeKind.Enterprise, key, name, new Provenance("projects-tests", null, DateTimeOffset.UnixEpoch))
            .WithProperty(EnterpriseProps.Province, province) with { Tags = tags.ToImmutableArray() };

    /// <summary>Moves the fake clock to a China-time day and hour (never backwards).</summary>
    public void At(int year, int month, int day, int hour = 10) => Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)));

    public async Task<Project> CreateAsync(ProjectInput input, string user = "张三")
    {
        var result = await Projects.CreateAsync(input, user, CancellationToken.None);
        Assert.True(result.Value is not null, result.Errors?.ToString());
        return result.Value!;
    }

    public async Task<Project> UpdateAsync(long id, ProjectInput input, string user = "张三")
    {
        var result = await Projects.UpdateAsync(id, input, user, CancellationToken.None);
        Assert.True(result.Value is not null, result.Errors?.ToString());
        return result.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
