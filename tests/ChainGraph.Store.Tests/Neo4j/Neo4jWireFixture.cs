using ChainGraph.Core.Model;
using ChainGraph.Store.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>A loopback server and a Neo4j store pointed at it, already past InitializeAsync (its schema requests answered).</summary>
internal sealed class Neo4jWireFixture : IAsyncDisposable
{
    public const string Password = "密码-secret";

    private Neo4jWireFixture(LoopbackNeo4jServer server, Neo4jGraphStore store, Neo4jStoreOptions options)
    {
        Server = server;
        Store = store;
        Options = options;
    }

    public LoopbackNeo4jServer Server { get; }

    public Neo4jGraphStore Store { get; }

    public Neo4jStoreOptions Options { get; }

    public static readonly Provenance Provenance = new("ckg", "company.jsonl:7", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)));

    public static async Task<Neo4jWireFixture> StartAsync(Action<Neo4jStoreOptions>? configure = null)
    {
        var server = new LoopbackNeo4jServer();
        var options = new Neo4jStoreOptions { Url = server.Url, User = "neo4j", Password = Password, Database = "chaingraph", MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        var store = new Neo4jGraphStore(options, TimeProvider.System, NullLogger.Instance, handler: null);
        foreach (var _ in Neo4jSchema.Statements)
        {
            server.AnswerQuery([]);
        }

        // The schema requests are set-up, not what a test times: a short test timeout must not make a
        // loaded machine retry them (a retry would use up an answer scripted for the test).
        var timeout = options.Timeout;
        options.Timeout = TimeSpan.FromSeconds(30);
        await store.InitializeAsync(default);
        options.Timeout = timeout;
        while (server.Requests.TryDequeue(out _))
        {
        }

        return new Neo4jWireFixture(server, store, options);
    }

    public RecordedRequest Single()
    {
        Assert.True(Server.Requests.TryDequeue(out var request), "The store sent no request.");
        Assert.Empty(Server.Requests);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Server.DisposeAsync();
    }
}
