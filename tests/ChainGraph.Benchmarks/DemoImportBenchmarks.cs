using BenchmarkDotNet.Attributes;
using ChainGraph.Core.Graph;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Loading;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Benchmarks;

/// <summary>The foundation's budgets: demo import into a fresh embedded store (&lt; 10 s) and the snapshot build from it.</summary>
[Config(typeof(BenchmarkConfig))]
public class DemoImportBenchmarks
{
    private string _folder = "";
    private SqliteGraphStore _store = null!;
    private StoreSnapshotProvider _snapshots = null!;

    [IterationSetup(Target = nameof(ImportDemo))]
    public void FreshStore()
    {
        _folder = Directory.CreateTempSubdirectory("chaingraph-bench-").FullName;
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "bench.db") }, TimeProvider.System);
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _snapshots = new StoreSnapshotProvider(_store);
    }

    [IterationCleanup(Target = nameof(ImportDemo))]
    public void DropStore()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<IReadOnlyList<LoadReport>> ImportDemo() =>
        new IngestService(_store, _snapshots, new IngestOptions()).IngestDemoAsync(null, CancellationToken.None);

    [GlobalSetup(Target = nameof(BuildSnapshot))]
    public void ImportOnce()
    {
        FreshStore();
        ImportDemo().GetAwaiter().GetResult();
    }

    [GlobalCleanup(Target = nameof(BuildSnapshot))]
    public void DropImported() => DropStore();

    [Benchmark]
    public Task<GraphSnapshot> BuildSnapshot() => GraphSnapshotBuilder.LoadAsync(_store, CancellationToken.None);
}
