using ChainGraph.Core.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Core.Chains;

/// <summary>Registers the chain catalog, the home region and the chain map service (called from <c>AddChainGraph</c>).</summary>
public static class ChainsServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphChains(this IServiceCollection services, IConfiguration configuration)
    {
        var home = configuration.GetSection(HomeRegionOptions.Section).Get<HomeRegionOptions>() ?? new HomeRegionOptions();
        home.Validate();
        var options = configuration.GetSection(ChainMapOptions.Section).Get<ChainMapOptions>() ?? new ChainMapOptions();
        options.Validate();
        services.AddSingleton(home);
        services.AddSingleton(options);
        services.AddSingleton(_ => ChainCatalogLoader.LoadEmbedded());
        services.AddSingleton<ChainMapService>();
        services.AddSingleton<IChainMapService>(sp => sp.GetRequiredService<ChainMapService>());
        services.AddSingleton<ISnapshotWarmUp>(sp => sp.GetRequiredService<ChainMapService>());
        return services;
    }
}
