using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Tests.Sqlite;

/// <summary>
/// Bulk loads: secondary indexes are built after the data on a fresh load and repaired after a kill;
/// uniqueness (hence idempotency) holds throughout; cached node ids never outlive a change by another connection.
/// </summary>
public sealed class SqliteBulkLoadTests : IDisposable
{
    private static readonly Provenance s_source = new("bulk-test", "bulk.jsonl:1", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-bulk-").FullName;

    private string DbPath => Path.Combine(_folder, "graph.db");

    [Fact]
    public async Task DeferredIndexes_AreTheSchemaIndexes()
    {
        await using var store = await OpenStoreAsync();
        await using var connection = await store.OpenAsync(CancellationToken.None);
        foreach (var (name, create) in SqliteDeferredIndexes.All)
        {
            // SQLite keeps the statement as written, less IF NOT EXISTS.
            Assert.Equal(create.Replace("IF NOT EXISTS ", "", StringComparison.Ordinal), Text(connection, $"SELECT sql FROM sqlite_master WHERE name = '{name}'"));
        }
    }

    [Fact]
    public async Task BulkLoad_FreshStore_BuildsIndexesAfterTheData()
    {
        await using var store = await OpenStoreAsync();
        await using (await store.BeginBulkLoadAsync(expectedRows: 1_000, CancellationToken.None))
        {
            Assert.Equal(0, await IndexCountAsync(store));
            var result = await store.UpsertAsync(Chain(10), CancellationToken.None);
            Assert.Equal(9, result.EdgesAdded);
        }

        Assert.Equal(SqliteDeferredIndexes.All.Count, await IndexCountAsync(store));
        Assert.Equal(2, (await store.GetEdgesAsync(Ref(5), CancellationToken.None)).Count(e => e.Type == RelType.Supplies));
    }

    [Fact]
    public async Task BulkLoad_SameBatchTwice_SecondChangesNothing()
    {
        await using var store = await OpenStoreAsync();
        await using var session = await store.BeginBulkLoadAsync(expectedRows: 1_000, CancellationToken.None);
        await store.UpsertAsync(Chain(20), CancellationToken.None);
        var again = await store.UpsertAsync(Chain(20), CancellationToken.None);
        Assert.Equal(0, again.Added + again.Updated);
        Assert.Equal(19, again.EdgesUnchanged);
    }

    [Fact]
    public async Task BulkLoad_ProcessDiesBeforeTheEnd_NextOpenRebuildsTheIndexes()
    {
        var store = await OpenStoreAsync();
        _ = await store.BeginBulkLoadAsync(expectedRows: 1_000, CancellationToken.None);
        await store.UpsertAsync(Chain(5), CancellationToken.None);
        Assert.Equal(0, await IndexCountAsync(store));
        await store.DisposeAsync(); // the session is never ended, as when the process is killed

        await using var reopened = await OpenStoreAsync();
        Assert.Equal(SqliteDeferredIndexes.All.Count, await IndexCountAsync(reopened));
        Assert.Equal(4, (await reopened.GetStatsAsync(CancellationToken.None)).RelationshipCount(RelType.Supplies));
    }

    [Fact]
    public async Task BulkLoad_SmallLoadIntoLargerStore_KeepsTheIndexes()
    {
        await using var store = await OpenStoreAsync();
        await store.UpsertAsync(Chain(50), CancellationToken.None);
        await using var session = await store.BeginBulkLoadAsync(expectedRows: 10, CancellationToken.None);
        Assert.Equal(SqliteDeferredIndexes.All.Count, await IndexCountAsync(store));
    }

    [Fact]
    public async Task Upsert_NodeDeletedAndRecreatedByAnotherConnection_EdgeUsesTheNewId()
    {
        await using var writer = await OpenStoreAsync();
        await writer.UpsertAsync(Chain(3), CancellationToken.None); // caches the ids of nodes 0..2
        await using (var other = await OpenStoreAsync())
        {
            await other.DeleteNodesAsync([Ref(2)], CancellationToken.None);
            await other.UpsertAsync(new GraphBatch("other", [Node(99), Node(2)], []), CancellationToken.None);
        }

        var result = await writer.UpsertAsync(new GraphBatch("edge", [], [Supplies(0, 2)]), CancellationToken.None);

        Assert.Empty(result.Rejected);
        var edges = await writer.GetEdgesAsync(Ref(2), CancellationToken.None);
        Assert.Contains(edges, e => e.Type == RelType.Supplies && e.From == Ref(0) && e.To == Ref(2));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<SqliteGraphStore> OpenStoreAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static NodeRef Ref(int i) => new(NodeKind.Enterprise, $"e{i}");

    private static GraphNode Node(int i) => new(NodeKind.Enterprise, $"e{i}", $"企业{i}", s_source);

    private static GraphEdge Supplies(int from, int to) => new(RelType.Supplies, Ref(from), Ref(to), s_source);

    // n enterprises, each supplying the next.
    private static GraphBatch Chain(int n) =>
        new("chain", [.. Enumerable.Range(0, n).Select(Node)], [.. Enumerable.Range(0, n - 1).Select(i => Supplies(i, i + 1))]);

    private static async Task<long> IndexCountAsync(SqliteGraphStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        var names = string.Join(", ", SqliteDeferredIndexes.All.Select(i => $"'{i.Name}'"));
        return Convert.ToInt64(Text(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ({names})"));
    }

    private static string? Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
