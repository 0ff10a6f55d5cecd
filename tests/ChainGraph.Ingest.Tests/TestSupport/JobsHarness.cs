using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Sources;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>
/// The job services wired as the app wires them (AddChainGraphJobServices) over a real SQLite
/// store in a temporary folder, with an ingest folder of the test's own source files. Web limits
/// are tightened (no host interval, short backoff) so the fixture server tests stay fast.
/// </summary>
public sealed class JobsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private JobsHarness(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string IngestFolder => Path.Combine(Folder, "ingest");

    public string DatabasePath => Path.Combine(Folder, "graph.db");

    public IServiceProvider Services => _services;

    public JobRunner Runner => _services.GetRequiredService<JobRunner>();

    public SqliteGraphStore Store => _services.GetRequiredService<SqliteGraphStore>();

    public static async Task<JobsHarness> CreateAsync(int batchSize = 100, TimeSpan? requestTimeout = null, IDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("chaingraph-jobs-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "ingest", "sources"));
        var values = new Dictionary<string, string?>
        {
            ["ChainGraph:Jobs:IngestFolder"] = Path.Combine(folder, "ingest"),
            ["ChainGraph:Web:MinHostInterval"] = "00:00:00",
            ["ChainGraph:Web:RetryBaseDelay"] = "00:00:00.050",
            ["ChainGraph:Web:RequestTimeout"] = (requestTimeout ?? TimeSpan.FromSeconds(10)).ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var sqlite = new SqliteStoreOptions { Path = Path.Combine(folder, "graph.db") };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(sqlite)
            .AddSingleton<SqliteGraphStore>()
            .AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>())
            .AddSingleton<IGraphSnapshotProvider, StoreSnapshotProvider>()
            .AddSingleton(new IngestOptions { BatchSize = batchSize })
            .AddSingleton<IngestService>()
            .AddChainGraphJobServices(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.GetRequiredService<IGraphStore>().InitializeAsync(CancellationToken.None);
        return new JobsHarness(folder, services);
    }

    /// <summary>Writes <c>ingest/sources/NAME.yaml</c> and returns the validated definition.</summary>
    public SourceDefinition AddSource(string name, string yaml)
    {
        var file = Path.Combine(IngestFolder, "sources", name + ".yaml");
        File.WriteAllText(file, yaml);
        return SourceCatalog.LoadFile(file, IngestFolder);
    }

    public string AddFile(string relativePath, string content)
    {
        var path = Path.Combine(IngestFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<long> CountNodesAsync(Core.Model.NodeKind kind)
    {
        var stats = await Store.GetStatsAsync(CancellationToken.None);
        return stats.NodeCount(kind);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
