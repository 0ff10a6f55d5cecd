using ChainGraph.Core.Chains;
using ChainGraph.Web.Chains;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>The chains (产业链总览), a chain's map (产业链图谱) and a segment's drill-down.</summary>
public static class ChainsApi
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapChainsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/chains").WithTags("Chains");
        group.MapGet("/", ListAsync).WithSummary("The leading chains with local coverage and counts of missing/weak segments for the home region.");
        group.MapGet("/{chain}/map", MapAsync).WithSummary("A chain map: segments with status, location quotient, demand and counts; feeds links.");
        group.MapGet("/{chain}/segments/{segment}", SegmentAsync).WithSummary("A segment's drill-down: local and national enterprises, demand terms and the arithmetic.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ChainOverview>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string? region, ChainViews views, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.MaxLength(region, "region", MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(await views.OverviewAsync(region, cancellationToken));
        }
        catch (ChainNotFoundException)
        {
            return NotFound(views, "", region);
        }
    }

    public static async Task<Results<Ok<ChainMapView>, ValidationProblem, ProblemHttpResult>> MapAsync(
        string chain, string? region, ChainViews views, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(chain, "chain", MaxNameLength);
        errors.MaxLength(region, "region", MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok((await views.GetAsync(chain, region, cancellationToken)).View);
        }
        catch (ChainNotFoundException)
        {
            return NotFound(views, chain, region);
        }
    }

    public static async Task<Results<Ok<SegmentDetail>, ValidationProblem, ProblemHttpResult>> SegmentAsync(
        string chain, string segment, string? region, ChainViews views, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(chain, "chain", MaxNameLength);
        errors.Require(segment, "segment", MaxNameLength);
        errors.MaxLength(region, "region", MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return await views.SegmentAsync(chain, segment, region, cancellationToken) is { } detail
                ? TypedResults.Ok(detail)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有找到这个环节",
                    detail: $"产业链「{views.TryFind(chain)?.Name ?? chain}」中没有环节「{segment}」。请在产业链图谱中选择环节。");
        }
        catch (ChainNotFoundException)
        {
            return NotFound(views, chain, region);
        }
    }

    private static ProblemHttpResult NotFound(ChainViews views, string chain, string? region) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有找到产业链或地区", detail: views.NotFoundMessage(chain, region));
}
