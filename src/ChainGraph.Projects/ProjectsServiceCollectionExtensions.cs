using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Outcomes;
using ChainGraph.Projects.Plans;
using ChainGraph.Projects.Storage;
using ChainGraph.Recommender.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChainGraph.Projects;

/// <summary>Registers the project pipeline (stores, editing, plans, dashboard and reports, outcome labels for the ranker); called from <c>AddChainGraph</c>.</summary>
public static class ProjectsServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphProjects(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ProjectsOptions.Section).Get<ProjectsOptions>() ?? new ProjectsOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<ProjectDatabase>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<VisitStore>();
        services.AddSingleton<ChainNames>();
        services.AddSingleton<ProjectService>();
        services.AddSingleton<VisitService>();
        services.AddSingleton(_ => new Lazy<PlanCatalog>(() => PlanCatalog.Load(options.PlansFolder)));
        services.AddSingleton<PipelineService>();
        services.AddSingleton<IOutcomeLabelSource, ProjectOutcomeLabels>();
        // A host (the web app) reads the plans at start, so a bad plan file stops it with file, line and field.
        services.AddHostedService<PlanCheck>();
        return services;
    }

    private sealed class PlanCheck(Lazy<PlanCatalog> plans) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = plans.Value;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
