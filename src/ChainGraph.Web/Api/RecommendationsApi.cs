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
        group.MapGet("/filters", FiltersAsync).WithSummary("The filters backed by data: groups of options, each with how many enterprises of the graph carry it.");
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

    public static async Task<Ok<IReadOnlyList<TargetFilters.Group>>> FiltersAsync(TargetFilters filters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await filters.GetAsync(cancellationToken));

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

    /// <summary>Runs a query; an unknown chain, segment or anchor, or a query with nothing to rank for, becomes a problem in words for the page.</summary>
    internal static async Task<(TargetResult? Result, ProblemHttpResult? Problem)> RunAsync(TargetService targets, TargetQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return (await targets.QueryAsync(query, cancellationToken), null);
        }
        catch (TargetQueryException ex)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: ex.Title, detail: ex.Message,
                extensions: ex.Suggestions.Count == 0 ? null : new Dictionary<string, object?> { ["suggestions"] = ex.Suggestions }));
        }
    }
}
