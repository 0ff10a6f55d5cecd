using System.Text;
using System.Text.Json;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Neo4j.Cypher;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>
/// The requests the Neo4j store builds and its parsing of answers, over real HTTP on loopback,
/// against the request and response shapes of Neo4j's HTTP documentation.
/// </summary>
public sealed class Neo4jWireFormatTests
{
    [Fact]
    public async Task Initialize_FreshStore_PostsEverySchemaStatementToTheQueryApi()
    {
        await using var server = new LoopbackNeo4jServer();
        var options = new Neo4jStoreOptions { Url = server.Url, User = "neo4j", Password = "pw", Database = "neo4j" };
        await using var store = new Neo4jGraphStore(options, TimeProvider.System, NullLogger.Instance, handler: null);
        foreach (var _ in Neo4jSchema.Statements)
        {
            server.AnswerQuery([]);
        }

        await store.InitializeAsync(default);

        var statements = server.Requests.Select(r => r.Body.GetProperty("statement").GetString()).ToArray();
        Assert.Equal(Neo4jSchema.Statements.Select(s => s.Text), statements);
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }

    [Fact]
    public async Task GetNode_QueryApiAnswer_SendsStatementAuthAndParametersAndParsesTheNode()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.AnswerQuery(["node"], [new Dictionary<string, object?>
        {
            ["uid"] = "Enterprise:600000", ["kind"] = "Enterprise", ["key"] = "600000", ["name"] = "浦发银行",
            ["tags"] = new[] { "上市" }, ["aliases"] = new[] { "上海浦东发展银行" }, ["propKeys"] = new[] { "province", "name" },
            ["province"] = "上海市", ["prop_name"] = "上海浦东发展银行股份有限公司",
            ["source"] = "ckg", ["sourceRef"] = "company.jsonl:7", ["fetchedAt"] = "2026-03-01T09:30:00.0000000+08:00",
        }]);

        var node = await fixture.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "600000"), default);

        var request = fixture.Single();
        Assert.Equal(("POST", "/db/chaingraph/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Neo4jWireFixture.Password)), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(CypherStatements.GetNode.Text, request.Body.GetProperty("statement").GetString());
        Assert.Equal("Enterprise:600000", request.Body.GetProperty("parameters").GetProperty("uid").GetString());
        Assert.NotNull(node);
        Assert.Equal(("浦发银行", "上海市", "上海浦东发展银行股份有限公司"), (node.Name, node.Property("province"), node.Property("name")));
        Assert.Equal(["上海浦东发展银行"], node.Aliases.ToArray());
        Assert.Equal(Neo4jWireFixture.Provenance, node.Provenance);
    }

    [Fact]
    public async Task Upsert_Batch_SendsOneTransactionOfUnwindStatementsAndCountsTheAnswer()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        var a = new GraphNode(NodeKind.Enterprise, "600001", "天津钢管", Neo4jWireFixture.Provenance).WithTags(["上市"]).WithProperty("fullName", "天津钢管制造有限公司");
        var b = new GraphNode(NodeKind.Enterprise, "600002", "一重集团", Neo4jWireFixture.Provenance);
        var supplies = new GraphEdge(RelType.Supplies, a.Ref, b.Ref, Neo4jWireFixture.Provenance) { Qualifier = "无缝钢管", Since = new DateOnly(2019, 1, 2), Weight = 0.5 };
        var dangling = new GraphEdge(RelType.Supplies, a.Ref, new NodeRef(NodeKind.Enterprise, "999999"), Neo4jWireFixture.Provenance);
        fixture.Server.AnswerCommit(
            (["status", "rows"], [["added", 1], ["unchanged", 1]]),
            (["index", "status"], [[0, "added"], [1, "missing-to"]]));

        var result = await fixture.Store.UpsertAsync(new GraphBatch("t", [a, b], [supplies, dangling]), default);

        var request = fixture.Single();
        Assert.Equal("/db/chaingraph/tx/commit", request.Path);
        var statements = request.Body.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Equal([CypherStatements.MergeNodes(NodeKind.Enterprise).Text, CypherStatements.MergeEdges(RelType.Supplies).Text], statements.Select(s => s.GetProperty("statement").GetString()));
        var row = statements[0].GetProperty("parameters").GetProperty("rows")[0];
        Assert.Equal(("Enterprise:600001", "600001", "天津钢管", "天津钢管制造有限公司"), (Str(row, "uid"), Str(row, "key"), Str(row, "name"), row.GetProperty("props").GetProperty("fullName").GetString()));
        var edgeRow = statements[1].GetProperty("parameters").GetProperty("rows")[0];
        Assert.Equal(("Enterprise:600001", "Enterprise:600002", "无缝钢管", "2019-01-02", 0.5), (Str(edgeRow, "from"), Str(edgeRow, "to"), Str(edgeRow, "qualifier"), Str(edgeRow, "since"), edgeRow.GetProperty("weight").GetDouble()));
        Assert.Equal((1, 0, 1, 1), (result.NodesAdded, result.NodesUpdated, result.NodesUnchanged, result.EdgesAdded));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(dangling, rejected.Edge);
        Assert.Contains("Enterprise:999999", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_MoreRowsThanBatchSize_SplitsIntoStatementsOfOneTransaction()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.BatchSize = 2);
        var nodes = Enumerable.Range(1, 5).Select(i => new GraphNode(NodeKind.Product, $"p{i}", $"产品{i}", Neo4jWireFixture.Provenance)).ToArray();
        fixture.Server.AnswerCommit((["status", "rows"], [["added", 2]]), (["status", "rows"], [["added", 2]]), (["status", "rows"], [["added", 1]]));

        var result = await fixture.Store.UpsertAsync(new GraphBatch("t", nodes, []), default);

        var statements = fixture.Single().Body.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Equal([2, 2, 1], statements.Select(s => s.GetProperty("parameters").GetProperty("rows").GetArrayLength()));
        Assert.Equal(5, result.NodesAdded);
    }

    [Fact]
    public async Task ReadNodes_TwoPages_SendsTheCursorAndStopsOnAShortPage()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.PageSize = 2);
        fixture.Server.AnswerQuery(["node"], [Node("Region:120000", "天津市")], [Node("Region:120110", "东丽区")]);
        fixture.Server.AnswerQuery(["node"], [Node("Region:120116", "滨海新区")]);

        var nodes = new List<StoredNode>();
        await foreach (var node in fixture.Store.ReadNodesAsync(default))
        {
            nodes.Add(node);
        }

        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal(["", "Region:120110"], requests.Select(r => r.Body.GetProperty("parameters").GetProperty("after").GetString()));
        Assert.All(requests, r => Assert.Equal(2, r.Body.GetProperty("parameters").GetProperty("limit").GetInt32()));
        Assert.Equal(["天津市", "东丽区", "滨海新区"], nodes.Select(n => n.Node.Name));
        Assert.Equal(3, nodes.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public async Task ReadEdges_Page_MapsEndpointsToTheNodeIdsOfReadNodes()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.PageSize = 10);
        var rel = new Dictionary<string, object?> { ["qualifier"] = "", ["since"] = "2020-05-01", ["weight"] = 1.0, ["propKeys"] = Array.Empty<string>(), ["source"] = "ckg", ["fetchedAt"] = "2026-03-01T09:30:00.0000000+08:00" };
        fixture.Server.AnswerQuery(["from", "type", "to", "rel"], ["Region:120110", "PART_OF", "Region:120000", rel], ["Region:120000", null, null, null]);

        var edges = new List<StoredEdge>();
        await foreach (var edge in fixture.Store.ReadEdgesAsync(default))
        {
            edges.Add(edge);
        }

        var edge1 = Assert.Single(edges);
        Assert.Equal((RelType.PartOf, new DateOnly(2020, 5, 1), 1.0), (edge1.Type, edge1.Since!.Value, edge1.Weight!.Value));
        Assert.Equal(Neo4jIds.FromUid("Region:120110"), edge1.From);
        Assert.Equal(Neo4jIds.FromUid("Region:120000"), edge1.To);
    }

    [Fact]
    public async Task LoadSnapshot_FromNeo4jPages_BuildsTheGraphWithItsEdges()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.PageSize = 10);
        // The snapshot load reads nodes and relationships at the same time: each scan gets its own pages.
        fixture.Server.AnswerQueryTo(CypherStatements.ReadNodePage.Text, ["node"], [Node("Region:120000", "天津市")], [Node("Region:120110", "东丽区")]);
        var rel = new Dictionary<string, object?> { ["qualifier"] = "", ["propKeys"] = Array.Empty<string>(), ["source"] = "gb2260", ["fetchedAt"] = "2026-03-01T09:30:00.0000000+08:00" };
        fixture.Server.AnswerQueryTo(CypherStatements.ReadEdgePage.Text, ["from", "type", "to", "rel"], ["Region:120000", null, null, null], ["Region:120110", "PART_OF", "Region:120000", rel]);

        var snapshot = await ChainGraph.Core.Graph.GraphSnapshotBuilder.LoadAsync(fixture.Store, default);

        var district = snapshot.Find(new NodeRef(NodeKind.Region, "120110"))!.Value;
        var edge = Assert.Single(snapshot.OutEdges(district).ToArray());
        Assert.Equal((RelType.PartOf, "天津市"), (snapshot.EdgeType(edge), snapshot.Name(snapshot.EdgeTo(edge))));
    }

    private static Dictionary<string, object?> Node(string uid, string name) => new()
    {
        ["uid"] = uid, ["kind"] = uid[..uid.IndexOf(':')], ["key"] = uid[(uid.IndexOf(':') + 1)..], ["name"] = name,
        ["source"] = "gb2260", ["fetchedAt"] = "2026-03-01T09:30:00.0000000+08:00",
    };

    private static string? Str(JsonElement row, string name) => row.GetProperty(name).GetString();
}
