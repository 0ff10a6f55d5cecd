using System.Security.Claims;
using ChainGraph.Projects;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Storage;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Visits (走访/回访): planned and done, of a project or an enterprise; writes signed in, checked for chain scope, validated and audited.</summary>
public static class VisitsApi
{
    public static IEndpointRouteBuilder MapVisitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/visits").WithTags("Projects");
        group.MapGet("/", ListAsync).WithSummary("All visits, latest first.");
        group.MapPost("/", CreateAsync).RequireAuthorization(WebServiceCollectionExtensions.WritePolicy)
            .WithSummary("Records a visit (done today unless doneOn; planned when only plannedOn is given).");
        group.MapPost("/{id:long}/updates", UpdateAsync).RequireAuthorization(WebServiceCollectionExtensions.WritePolicy)
            .WithSummary("Changes a visit (e.g. a planned one done: status=Done, doneOn, outcome).");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<Visit>>> ListAsync(VisitStore visits, CancellationToken cancellationToken) =>
        TypedResults.Ok(await visits.ListAsync(cancellationToken));

    public static async Task<Results<Created<Visit>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        VisitInput input, VisitService service, PipelineService pipeline, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var chain = long.TryParse(input.ProjectId, out var projectId) && await pipeline.GetAsync(projectId, cancellationToken) is { } project ? project.Project.Chain : null;
        if (ProjectAccess.CheckWrite(user, chain) is { } forbidden)
        {
            return forbidden;
        }

        var result = await service.CreateAsync(input, ProjectAccess.Who(user), cancellationToken);
        return result.Errors is { } errors ? ProjectProblems.Invalid(errors) : TypedResults.Created($"/api/visits/{result.Value!.Id}", result.Value);
    }

    public static async Task<Results<Ok<Visit>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, VisitInput input, VisitService service, VisitStore visits, PipelineService pipeline, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await visits.GetAsync(id, cancellationToken) is not { } current)
        {
            return ProjectProblems.VisitNotFound(id);
        }

        var chain = current.ProjectId is { } projectId && await pipeline.GetAsync(projectId, cancellationToken) is { } project ? project.Project.Chain : null;
        if (ProjectAccess.CheckWrite(user, chain) is { } forbidden)
        {
            return forbidden;
        }

        var result = await service.UpdateAsync(id, input, ProjectAccess.Who(user), cancellationToken);
        if (result.NotFound)
        {
            return ProjectProblems.VisitNotFound(id);
        }

        return result.Errors is { } errors ? ProjectProblems.Invalid(errors) : TypedResults.Ok(result.Value!);
    }
}
