using ChainGraph.Core.Graph;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Recommender;

/// <summary>Registers the recommender (feature set, trained-model store, training and the <see cref="IRecommender"/> service); called from <c>AddChainGraph</c>.</summary>
public static class RecommenderServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphRecommender(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RecommenderOptions.Section).Get<RecommenderOptions>() ?? new RecommenderOptions();
        if (string.IsNullOrWhiteSpace(options.ModelFolder))
        {
            var db = configuration["ChainGraph:Sqlite:Path"] is { Length: > 0 } path ? path : Environment.GetEnvironmentVariable("CHAINGRAPH_DB");
            options.ModelFolder = (db is { Length: > 0 } ? db : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "chaingraph", "chaingraph.db")) + ".model";
        }

        options.Validate();
        var settings = configuration.GetSection(FeatureSettings.Section).Get<FeatureSettings>() ?? new FeatureSettings();
        settings.Validate();
        var training = configuration.GetSection(RankerOptions.Section).Get<RankerOptions>() ?? new RankerOptions();
        training.Validate();
        services.AddSingleton(options);
        services.AddSingleton(training);
        services.AddSingleton(settings);
        services.AddSingleton(_ => FeatureSet.CreateDefault());
        services.AddSingleton<RankerStore>();
        services.AddSingleton<Outcomes.OutcomeLabels>();
        services.AddSingleton<TrainingService>();
        services.AddSingleton<GraphRecommender>();
        services.AddSingleton<IRecommender>(sp => sp.GetRequiredService<GraphRecommender>());
        services.AddSingleton<ISnapshotWarmUp>(sp => sp.GetRequiredService<GraphRecommender>());
        return services;
    }
}
