using ChainGraph.Core.Store;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Store.Tests.Contract;

/// <summary>The store contract on the embedded backend: a real SQLite file in a temporary folder per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-contract-" + Guid.NewGuid().ToString("N"));

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") }, TimeProvider.System);
        await store.InitializeAsync(default);
        return store;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
