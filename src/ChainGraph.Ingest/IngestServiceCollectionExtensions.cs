using ChainGraph.Ingest.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Ingest;

public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("ChainGraph:Ingest").Get<IngestOptions>() ?? new IngestOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<IngestService>();
        return services;
    }
}
