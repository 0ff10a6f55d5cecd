using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Cli.Tests.Sync;

/// <summary>
/// <c>chaingraph sync --to neo4j</c> end to end: a real SQLite file, the real CLI, real HTTP to a
/// loopback Neo4j peer. Environment variables configure the CLI, so these tests do not run in parallel.
/// </summary>
[Collection(nameof(SyncCommandTests))]
[CollectionDefinition(nameof(SyncCommandTests), DisableParallelization = true)]
public sealed class SyncCommandTests : IAsyncLifetime
{
    private static readonly Provenance s_source = new("demo", "company.jsonl:1", new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(8)));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-sync-" + Guid.NewGuid().ToString("N"));
    private readonly Neo4jPeer _peer = new();
    private string Db => Path.Combine(_folder, "graph.db");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Url", _peer.Url);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Password", "test-password");
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__BatchSize", "2");
        var a = new GraphNode(NodeKind.Enterprise, "600001", "天津钢管", s_source);
        var b = new GraphNode(NodeKind.Enterprise, "600002", "一重集团", s_source);
        var c = new GraphNode(NodeKind.Chain, "new-materials", "新材料", s_source);
        await WriteAsync(new GraphBatch("seed", [a, b, c], [new GraphEdge(RelType.Supplies, a.Ref, b.Ref, s_source) { Qualifier = "无缝钢管" }, new GraphEdge(RelType.Anchors, b.Ref, c.Ref, s_source)]));
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Url", null);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Password", null);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__BatchSize", null);
        await _peer.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Sync_FirstThenIncrementalThenFull_SendsAllThenOnlyChangesThenAll()
    {
        var (first, output) = await RunAsync("sync", "--to", "neo4j", "--db", Db);
        Assert.Equal(CliApplication.ExitOk, first);
        Assert.Contains("nodes: 3 added", output, StringComparison.Ordinal);
        Assert.Equal((3, 2), Count());

        _peer.Clear();
        await WriteAsync(new GraphBatch("change", [new GraphNode(NodeKind.Enterprise, "600001", "天津钢管", s_source).WithTags(["上市"])], []));
        var (second, _) = await RunAsync("sync", "--to", "neo4j", "--db", Db);
        Assert.Equal(CliApplication.ExitOk, second);
        var changed = Assert.Single(_peer.Rows);
        Assert.Equal(("node", "Enterprise:600001"), (changed.Kind, changed.Row.GetProperty("uid").GetString()));

        _peer.Clear();
        var (unchanged, _) = await RunAsync("sync", "--to", "neo4j", "--db", Db);
        Assert.Equal(CliApplication.ExitOk, unchanged);
        Assert.Empty(_peer.Rows);

        var (full, _) = await RunAsync("sync", "--to", "neo4j", "--full", "--db", Db);
        Assert.Equal(CliApplication.ExitOk, full);
        Assert.Equal((3, 2), Count());
    }

    [Fact]
    public async Task Sync_UnknownTarget_FailsNamingTheAllowedOne()
    {
        var (exit, output) = await RunAsync("sync", "--to", "postgres", "--db", Db);

        Assert.Equal(CliApplication.ExitFailure, exit);
        Assert.Contains("'neo4j'", output, StringComparison.Ordinal);
    }

    private (int Nodes, int Edges) Count() => (_peer.Rows.Count(r => r.Kind == "node"), _peer.Rows.Count(r => r.Kind == "edge"));

    private async Task WriteAsync(GraphBatch batch)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Db }, TimeProvider.System);
        await store.InitializeAsync(default);
        await store.UpsertAsync(batch, default);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, output);
        return (exit, output.ToString());
    }
}
