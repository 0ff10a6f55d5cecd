using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest;
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

        if (options.Store == "neo4j")
        {
            services.AddChainGraphNeo4jBackend(configuration);
        }
        else
        {
            services.AddChainGraphSqliteStore(configuration);
        }

        services.AddSingleton<IGraphSnapshotProvider, StoreSnapshotProvider>();
        services.AddChainGraphIngest(configuration);
        services.AddChainGraphChains(configuration);
        services.AddChainGraphRecommender(configuration);
        return services;
    }

    private static IServiceCollection AddChainGraphSqliteStore(this IServiceCollection services, IConfiguration configuration)
    {
        var sqlite = configuration.GetSection("ChainGraph:Sqlite").Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        sqlite.Validate();
        services.AddSingleton(sqlite);
        services.AddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }

    // The Neo4j backend registers itself here once its project provides AddChainGraphNeo4jStore.
    private static IServiceCollection AddChainGraphNeo4jBackend(this IServiceCollection services, IConfiguration configuration) =>
        throw new InvalidOperationException("ChainGraph:Store=neo4j: the Neo4j backend is not available in this build.");
}
