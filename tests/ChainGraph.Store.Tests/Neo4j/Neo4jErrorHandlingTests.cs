using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>
/// Failures as Neo4j reports them (an <c>errors</c> array of code and message; 401 for bad
/// credentials): transient codes are retried, the rest fail at once with Neo4j's code and
/// message kept and a message that says what to do.
/// </summary>
public sealed class Neo4jErrorHandlingTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", 400)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", 503)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", 400)]
    public async Task Query_TransientErrorThenSuccess_RetriesAndReturnsTheResult(string code, int status)
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.Answer(status, LoopbackNeo4jServer.Errors(code, "ForsetiClient[1] can't acquire ExclusiveLock"));
        fixture.Server.AnswerQuery(["kind", "count"], ["Enterprise", 3]);
        fixture.Server.AnswerQuery(["type", "count"], ["SUPPLIES", 2]);

        var stats = await fixture.Store.GetStatsAsync(default);

        Assert.Equal((3, 2), (stats.NodeCount(NodeKind.Enterprise), stats.RelationshipCount(RelType.Supplies)));
        Assert.Equal(3, fixture.Server.Requests.Count);
        Assert.Equal(CypherStatements.CountNodes.Text, fixture.Server.Requests.First().Body.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task Commit_TransientErrorThenSuccess_ResendsTheWholeTransaction()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.Answer(200, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""");
        fixture.Server.AnswerCommit((["status", "rows"], [["added", 1]]));
        var node = new GraphNode(NodeKind.Chain, "rail", "轨道交通装备", Neo4jWireFixture.Provenance);

        var result = await fixture.Store.UpsertAsync(new GraphBatch("t", [node], []), default);

        Assert.Equal(1, result.NodesAdded);
        var requests = fixture.Server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Body.GetRawText(), requests[1].Body.GetRawText());
    }

    [Fact]
    public async Task Query_TransientErrorEveryTime_FailsAfterMaxRetriesKeepingTheCode()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.MaxRetries = 2);
        for (var i = 0; i < 3; i++)
        {
            fixture.Server.Answer(503, LoopbackNeo4jServer.Errors("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request"));
        }

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.GetNodeAsync(new NodeRef(NodeKind.Fund, "f1"), default));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", ex.Code);
        Assert.Equal(3, fixture.Server.Requests.Count);
        Assert.Contains("MaxRetries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_Unauthorized401_FailsAtOnceNamingUserAndSettings()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.Answer(401, LoopbackNeo4jServer.Errors("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.GetStatsAsync(default));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Equal("The client is unauthorized due to authentication failure.", ex.ServerMessage);
        Assert.Contains("user 'neo4j'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ChainGraph:Neo4j:Password", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jWireFixture.Password, ex.Message, StringComparison.Ordinal);
        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Query_Bare401_StillReportsAnAuthFailure()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.Answer(401, "");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.GetStatsAsync(default));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
    }

    [Fact]
    public async Task Initialize_UnknownDatabase_SaysWhichDatabaseAndWhatToSet()
    {
        await using var server = new LoopbackNeo4jServer();
        server.Answer(404, LoopbackNeo4jServer.Errors("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: chaingraph"));
        var options = new Neo4jStoreOptions { Url = server.Url, Password = "pw", Database = "chaingraph" };
        await using var store = new Neo4jGraphStore(options, TimeProvider.System, NullLogger.Instance, handler: null);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => store.InitializeAsync(default));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", ex.Code);
        Assert.Contains("'chaingraph'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ChainGraph:Neo4j:Database", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Graph not found: chaingraph", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_ConstraintViolation_KeepsNeo4jCodeMessageAndFailingStatement()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        const string said = "Node(12) already exists with label `Enterprise` and property `key` = '600001'";
        fixture.Server.Answer(200, $$"""{"results":[{"columns":["status","rows"],"data":[]}],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"{{said}}"}]}""");
        var a = new GraphNode(NodeKind.Enterprise, "600001", "天津钢管", Neo4jWireFixture.Provenance);
        var edge = new GraphEdge(RelType.Cooperates, a.Ref, a.Ref, Neo4jWireFixture.Provenance);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.UpsertAsync(new GraphBatch("t", [a], [edge]), default));

        Assert.Equal(("Neo.ClientError.Schema.ConstraintValidationFailed", said), (ex.Code, ex.ServerMessage));
        Assert.Equal(CypherStatements.MergeEdges(RelType.Cooperates).Name, ex.Statement);
        Assert.Contains("rolled back", ex.Message, StringComparison.Ordinal);
        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Query_SyntaxError_IsNotRetried()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync();
        fixture.Server.Answer(400, LoopbackNeo4jServer.Errors("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'"));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.SearchAsync("天津", null, 10, default));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(CypherStatements.Search.Name, ex.Statement);
        Assert.Single(fixture.Server.Requests);
    }

    [Fact]
    public async Task Query_AnswerWithNotifications_ParsesThemAndSucceeds()
    {
        await using var server = new LoopbackNeo4jServer();
        server.Answer(202, """
            {"data":{"fields":["n"],"values":[[1]]},
             "notifications":[{"code":"Neo.ClientNotification.Statement.CartesianProduct","description":"This query builds a cartesian product between disconnected patterns.","severity":"INFORMATION","title":"This query builds a cartesian product","position":{"offset":0,"line":1,"column":1},"category":"PERFORMANCE"}],
             "bookmarks":["FB:kcwQ"]}
            """);
        using var client = new Neo4jHttpClient(new Neo4jStoreOptions { Url = server.Url, Password = "pw" }, TimeProvider.System, NullLogger.Instance);

        var result = await client.QueryAsync(CypherStatements.CountNodes.WithoutParameters(), default);

        Assert.Equal(["n"], result.Fields);
        Assert.Equal(1, result.Rows[0][0].GetInt32());
        var notification = Assert.Single(result.Notifications);
        Assert.Equal(("Neo.ClientNotification.Statement.CartesianProduct", "INFORMATION"), (notification.Code, notification.Severity));
    }

    [Fact]
    public async Task Query_SlowThenFastAnswer_TimesOutRetriesAndSucceeds()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => o.Timeout = TimeSpan.FromSeconds(1));
        fixture.Server.AnswerLate(TimeSpan.FromSeconds(4), 202, """{"data":{"fields":["node"],"values":[]}}""");
        fixture.Server.AnswerQuery(["node"]);

        var node = await fixture.Store.GetNodeAsync(new NodeRef(NodeKind.Event, "e1"), default);

        Assert.Null(node);
        Assert.Equal(2, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task Query_NeverAnswersInTime_FailsWithTheTimeoutSetting()
    {
        await using var fixture = await Neo4jWireFixture.StartAsync(o => (o.Timeout, o.MaxRetries) = (TimeSpan.FromMilliseconds(200), 1));
        fixture.Server.AnswerLate(TimeSpan.FromSeconds(2), 202, """{"data":{"fields":[],"values":[]}}""");
        fixture.Server.AnswerLate(TimeSpan.FromSeconds(2), 202, """{"data":{"fields":[],"values":[]}}""");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => fixture.Store.GetStatsAsync(default));

        Assert.Equal("ChainGraph.Timeout", ex.Code);
        Assert.Contains("ChainGraph:Neo4j:Timeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_NothingListening_FailsWithUnreachableAndTheUrl()
    {
        string url;
        await using (var server = new LoopbackNeo4jServer())
        {
            url = server.Url;
        }

        using var client = new Neo4jHttpClient(new Neo4jStoreOptions { Url = url, Password = "pw", MaxRetries = 1, RetryDelay = TimeSpan.Zero }, TimeProvider.System, NullLogger.Instance);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.QueryAsync(CypherStatements.CountNodes.WithoutParameters(), default));

        Assert.Equal("ChainGraph.Unreachable", ex.Code);
        Assert.Contains(url, ex.Message, StringComparison.Ordinal);
    }
}
