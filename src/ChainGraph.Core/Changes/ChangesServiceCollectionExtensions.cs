using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Core.Changes;

/// <summary>Registers <see cref="ChainChangesService"/> (called from <c>AddChainGraph</c>, after <c>AddChainGraphChains</c>).</summary>
public static class ChangesServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphChanges(this IServiceCollection services) =>
        services.AddSingleton<ChainChangesService>();
}
