using ChainGraph.Accounts;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Changes;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Projects;
using ChainGraph.Store.Neo4j;
using ChainGraph.Recommender;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Hosting;

/// <summary>
/// The one composition root the CLI and the web app share: both call <see cref="AddChainGraph"/>,
/// so both run the same store, snapshot, analysis and ingestion code.
/// </summary>
public static class ChainGraphServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ChainGraphOptions.Section).Get<ChainGraphOptions>() ?? new ChainGraphOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // The SQLite file is always there: it is the graph store by default, and it keeps the job
        // bookkeeping (run history, review list, HTTP cache) when the graph itself lives in Neo4j.
        services.AddChainGraphSqliteStore(configuration);
        if (options.Store == "neo4j")
        {
            services.AddChainGraphNeo4jStore(configuration);
        }
        else
        {
            services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        }

        services.AddSingleton<IGraphSnapshotProvider, StoreSnapshotProvider>();
        services.AddChainGraphIngest(configuration);
        services.AddChainGraphChains(configuration);
        services.AddChainGraphChanges();
        services.AddChainGraphJobServices(configuration);
        services.AddChainGraphRecommender(configuration);
        services.AddChainGraphProjects(configuration);
        services.AddChainGraphAccounts();
        return services;
    }

    private static IServiceCollection AddChainGraphSqliteStore(this IServiceCollection services, IConfiguration configuration)
    {
        var sqlite = configuration.GetSection("ChainGraph:Sqlite").Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        sqlite.Validate();
        services.AddSingleton(sqlite);
        services.AddSingleton<SqliteGraphStore>();
        return services;
    }
}
