using ChainGraph.Core.Store;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Tests.Contract;

/// <summary>
/// The store contract on a real Neo4j 5 server: runs when CHAINGRAPH_NEO4J_URL is set
/// (e.g. http://localhost:7474 after <c>docker compose up -d neo4j</c>, with CHAINGRAPH_NEO4J_PASSWORD),
/// otherwise every test is reported skipped with the reason. Tests share the database; each one's
/// keys carry its own token and are deleted afterwards.
/// </summary>
[RequiresEnvironment(UrlVariable, "CHAINGRAPH_NEO4J_URL is not set: no Neo4j server to run the store contract against (docker compose up -d neo4j, then set CHAINGRAPH_NEO4J_URL=http://localhost:7474 and CHAINGRAPH_NEO4J_PASSWORD).")]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    public const string UrlVariable = "CHAINGRAPH_NEO4J_URL";

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = new Neo4jStoreOptions
        {
            Url = Environment.GetEnvironmentVariable(UrlVariable)!,
            User = Environment.GetEnvironmentVariable("CHAINGRAPH_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("CHAINGRAPH_NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("CHAINGRAPH_NEO4J_DATABASE") ?? "neo4j",
        };
        var store = new Neo4jGraphStore(options, TimeProvider.System, NullLogger.Instance, handler: null);
        await store.InitializeAsync(default);
        return store;
    }
}
