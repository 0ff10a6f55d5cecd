using ChainGraph.Core.Graph;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Loading;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>A real SQLite store in a temporary folder, deleted on dispose, with the ingestion service over it.</summary>
public sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-test-").FullName;

    private TempStore(int batchSize)
    {
        Path = System.IO.Path.Combine(_folder, "graph.db");
        Store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path }, TimeProvider.System);
        Snapshots = new StoreSnapshotProvider(Store);
        Ingest = new IngestService(Store, Snapshots, new IngestOptions { BatchSize = batchSize });
    }

    public string Path { get; }

    public SqliteGraphStore Store { get; }

    public StoreSnapshotProvider Snapshots { get; }

    public IngestService Ingest { get; }

    public static async Task<TempStore> CreateAsync(int batchSize = 5_000)
    {
        var store = new TempStore(batchSize);
        await store.Store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Snapshots.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
