using ChainGraph.Core.Store;
using ChainGraph.Hosting;
using ChainGraph.Store.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Tests.Sync;

/// <summary><c>ChainGraph:Store=neo4j</c> makes the shared composition root (CLI and web app) use the Neo4j store.</summary>
public sealed class Neo4jRegistrationTests
{
    [Fact]
    public async Task AddChainGraph_StoreNeo4j_RegistersTheNeo4jStoreWithItsSettings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChainGraph:Store"] = "neo4j",
            ["ChainGraph:Neo4j:Url"] = "http://graph.example.org:7474",
            ["ChainGraph:Neo4j:Password"] = "secret",
            ["ChainGraph:Neo4j:Database"] = "chaingraph",
            ["ChainGraph:Neo4j:BatchSize"] = "250",
        }).Build();

        await using var services = new ServiceCollection().AddLogging().AddChainGraph(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<IGraphStore>();

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Equal("neo4j:http://graph.example.org:7474/db/chaingraph", store.Description);
        Assert.Equal(250, services.GetRequiredService<Neo4jStoreOptions>().BatchSize);
    }

    [Fact]
    public void AddChainGraph_StoreNeo4jWithoutPassword_FailsAtStartNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChainGraph:Store"] = "neo4j" }).Build();

        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddChainGraph(configuration));

        Assert.Contains("ChainGraph:Neo4j:Password", ex.Message, StringComparison.Ordinal);
    }
}
