using BenchmarkDotNet.Attributes;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Loading;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Benchmarks;

/// <summary>
/// The chain budget: all six chain maps on the demo data together in under 1 s (issue 3), with the
/// home region resolved each time as a request would; and the placement of every enterprise into
/// the six chains (the work of <c>ingest chains</c> after the snapshot is built).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ChainMapBenchmarks
{
    private string _folder = "";
    private SqliteGraphStore _store = null!;
    private GraphSnapshot _snapshot = null!;
    private ChainCatalog _catalog = null!;
    private readonly HomeRegionOptions _home = new();
    private readonly ChainMapOptions _options = new();

    [GlobalSetup]
    public void ImportDemo()
    {
        _folder = Directory.CreateTempSubdirectory("chaingraph-bench-chains-").FullName;
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "bench.db") }, TimeProvider.System);
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        var snapshots = new StoreSnapshotProvider(_store);
        new IngestService(_store, snapshots, new IngestOptions()).IngestDemoAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        _snapshot = snapshots.GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        _catalog = ChainCatalogLoader.LoadEmbedded();
    }

    [GlobalCleanup]
    public void DropStore()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int AllSixChainMaps()
    {
        var segments = 0;
        foreach (var chain in _catalog.Chains)
        {
            var region = HomeRegionResolver.Resolve(_snapshot, _home.Region, _home.CompareLevel);
            segments += ChainMapCalculator.Compute(_snapshot, chain, region, _options).Segments.Count;
        }

        return segments;
    }

    [Benchmark]
    public int PlaceAllEnterprisesInSixChains()
    {
        var placer = new ChainPlacer(_snapshot);
        return _catalog.Chains.Sum(c => placer.Place(c).Count);
    }
}
