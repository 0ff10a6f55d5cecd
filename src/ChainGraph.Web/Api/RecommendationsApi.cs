using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Ranked targets (招商目标) for a gap segment or an anchor and direction, as JSON or as a download.</summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/recommendations").WithTags("Recommendations");
        group.MapGet("/", GetAsync).WithSummary("Targets for chain+segment or anchor+direction (upstream|downstream), filtered by region, tags, size.");
        group.MapGet("/export", ExportAsync).WithSummary("The same targets as CSV (UTF-8 with BOM) or XLSX: format=csv|xlsx.");
        return app;
    }

    public static async Task<Results<Ok<TargetResult>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [AsParameters] TargetQueryParameters parameters, TargetService targets, ChainGraphWebOptions options, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var query = parameters.ToQuery(options.MaxTop, errors);
        if (query is null)
        {
            return errors.ToResult();
        }

        var (result, problem) = await RunAsync(targets, query, cancellationToken);
        return result is null ? problem! : TypedResults.Ok(result);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        [AsParameters] TargetQueryParameters parameters, string? format, TargetService targets, ChainGraphWebOptions options, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        ExportFormat.Validate(format, errors);
        var query = parameters.ToQuery(options.MaxTop, errors);
        if (query is null || errors.Any)
        {
            return errors.ToResult();
        }

        var (result, problem) = await RunAsync(targets, query, cancellationToken);
        return result is null ? problem! : ExportFormat.File(format!, result.Title, result.Rows);
    }

    /// <summary>Runs a query; the recommender's expected failures become a 422 problem naming what to fix.</summary>
    internal static async Task<(TargetResult? Result, ProblemHttpResult? Problem)> RunAsync(TargetService targets, TargetQuery query, CancellationToken cancellationToken)
    {
        if (!targets.IsAvailable)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Recommender not available",
                detail: "No recommender is registered in this build, so targets cannot be ranked."));
        }

        try
        {
            return (await targets.QueryAsync(query, cancellationToken), null);
        }
        catch (RecommendException ex)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot recommend", detail: ex.Message));
        }
        catch (InvalidDataException ex)
        {
            // The saved model does not fit this build (e.g. its feature list changed): it must be retrained.
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ranking model unusable", detail: ex.Message));
        }
    }
}
