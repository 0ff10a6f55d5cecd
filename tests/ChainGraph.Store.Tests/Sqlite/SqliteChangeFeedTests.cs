using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Store.Tests.Sqlite;

/// <summary>The embedded store's "rows changed since T" reads that the incremental sync copies.</summary>
public sealed class SqliteChangeFeedTests : IAsyncLifetime
{
    private static readonly Provenance s_source = new("test", "t:1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-changes-" + Guid.NewGuid().ToString("N"));
    private readonly SteppingClock _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "g.db") }, _clock);
        await _store.InitializeAsync(default);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReadChangedSince_AfterASecondBatch_ReturnsOnlyChangedRowsWithAliasesAndKeys()
    {
        var a = new GraphNode(NodeKind.Enterprise, "a", "天钢", s_source).WithAliases(["天津钢铁"]);
        var b = new GraphNode(NodeKind.Enterprise, "b", "天管", s_source);
        await _store.UpsertAsync(new GraphBatch("1", [a, b], [new GraphEdge(RelType.Supplies, a.Ref, b.Ref, s_source)]), default);
        var firstSync = await _store.GetLastChangeAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var c = new GraphNode(NodeKind.Enterprise, "c", "一重", s_source);
        await _store.UpsertAsync(new GraphBatch("2", [a.WithTags(["上市"]), b, c], [new GraphEdge(RelType.Supplies, b.Ref, c.Ref, s_source)]), default);

        var nodes = await ToListAsync(_store.ReadNodesChangedSinceAsync(firstSync!.Value, default));
        var edges = await ToListAsync(_store.ReadEdgesChangedSinceAsync(firstSync.Value, default));
        var all = await ToListAsync(_store.ReadNodesChangedSinceAsync(null, default));

        Assert.Equal(["天钢", "一重"], nodes.Select(n => n.Name));
        Assert.Equal(["天津钢铁"], nodes[0].Aliases.ToArray());
        Assert.Equal((b.Ref, c.Ref), (Assert.Single(edges).From, edges[0].To));
        Assert.Equal(3, all.Count);
        Assert.Equal(_clock.GetUtcNow(), await _store.GetLastChangeAsync(default));
    }

    [Fact]
    public async Task GetLastChange_EmptyStore_IsNull()
    {
        Assert.Null(await _store.GetLastChangeAsync(default));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
