using ChainGraph.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Neo4j;

/// <summary>Registers the Neo4j backend as the system of record (<c>ChainGraph:Store=neo4j</c>).</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Binds and validates <c>ChainGraph:Neo4j</c> now (a bad setting fails at start) and registers the store.</summary>
    public static IServiceCollection AddChainGraphNeo4jStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton(sp => new Neo4jGraphStore(
            options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILoggerFactory>()?.CreateLogger<Neo4jGraphStore>() ?? (ILogger)NullLogger.Instance,
            handler: null));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }

    /// <summary>The validated options of section <c>ChainGraph:Neo4j</c> (also used by <c>chaingraph sync</c>).</summary>
    public static Neo4jStoreOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(Neo4jStoreOptions.Section).Get<Neo4jStoreOptions>() ?? new Neo4jStoreOptions();
        options.Validate();
        return options;
    }
}
