using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;
using ChainGraph.Core.Model;
using Xunit.Abstractions;

namespace ChainGraph.Cli.Tests.Sync;

/// <summary>
/// The demo extract (ingest/demo, imported by <c>chaingraph ingest demo</c>) synced to a loopback
/// Neo4j peer: every node and relationship of the embedded store arrives once, in well-formed rows.
/// </summary>
[Collection(nameof(SyncCommandTests))]
public sealed class SyncDemoTests(DemoDatabaseFixture demo, ITestOutputHelper output) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly Neo4jPeer _peer = new();

    public Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Url", _peer.Url);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Password", "test-password");
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__BatchSize", "5000");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Url", null);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__Password", null);
        Environment.SetEnvironmentVariable("ChainGraph__Neo4j__BatchSize", null);
        await _peer.DisposeAsync();
    }

    [Fact]
    public async Task Sync_DemoStore_SendsEveryNodeAndRelationshipOnceInWellFormedRows()
    {
        var stats = (await CliRunner.RunAsync(demo.Database, "stats", "--json")).Json();
        var expectedEdges = stats.GetProperty("relationships").EnumerateObject().Sum(p => p.Value.GetInt64());

        var started = TimeProvider.System.GetTimestamp();
        var sync = await CliRunner.RunAsync(demo.Database, "sync", "--to", "neo4j", "--json");
        output.WriteLine($"synced {_peer.Rows.Count} rows to the loopback peer in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");

        var report = sync.Json();
        var nodes = _peer.Rows.Where(r => r.Kind == "node").Select(r => r.Row).ToArray();
        var edges = _peer.Rows.Where(r => r.Kind == "edge").Select(r => r.Row).ToArray();
        var uids = nodes.Select(n => n.GetProperty("uid").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(nodes.Length, uids.Count);
        Assert.Equal(report.GetProperty("result").GetProperty("nodesAdded").GetInt32(), nodes.Length);
        Assert.Equal(stats.GetProperty("enterprises").GetInt64(), nodes.Count(n => n.GetProperty("kind").GetString() == "Enterprise"));
        Assert.Equal(expectedEdges, edges.Length);
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("uid").GetString(), $"{n.GetProperty("kind").GetString()}:{n.GetProperty("key").GetString()}"));
        Assert.All(edges, e => Assert.True(uids.Contains(e.GetProperty("from").GetString()!) && uids.Contains(e.GetProperty("to").GetString()!), $"edge endpoint not synced: {e}"));
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("propKeys").GetArrayLength(), n.GetProperty("props").EnumerateObject().Count()));
        Assert.Contains(nodes, n => n.GetProperty("name").GetString()!.Contains("天津", StringComparison.Ordinal));
        Assert.True(GraphNames.TryParseKind(nodes[0].GetProperty("kind").GetString()!, out _));
    }
}
