using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using ChainGraph.Web.Geography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>全国分布 (where a chain's or segment's enterprises are) and 对标 (the home region beside peer regions).</summary>
public static class GeographyApi
{
    public static IEndpointRouteBuilder MapGeographyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/chains").WithTags("Geography");
        group.MapGet("/{chain}/distribution", DistributionAsync)
            .WithSummary("Enterprises of a chain (or segment=) per province, or per city of province= (per district in 北京/天津/上海/重庆): count, weight, shares; home region marked.");
        group.MapGet("/{chain}/distribution/{code}", RegionAsync)
            .WithSummary("One region of the distribution (province code, or city/district code) with its enterprises, heaviest first.");
        group.MapGet("/{chain}/compare", CompareAsync)
            .WithSummary("The home region (region=) beside peers= (comma-separated provinces or cities; default 苏州市,合肥市,北京市,成都市): per segment local count, weight, LQ, status; segments peers are strong in where home is missing or weak.");
        return app;
    }

    public static async Task<Results<Ok<ChainDistribution>, ValidationProblem, ProblemHttpResult>> DistributionAsync(
        string chain, string? segment, string? province, string? region, GeographyViews views, CancellationToken cancellationToken)
    {
        var errors = Validate(chain, segment, region);
        errors.MaxLength(province, "province", ChainsApi.MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(await views.DistributionAsync(chain, Blank(segment), Blank(province), Blank(region), cancellationToken));
        }
        catch (ChainNotFoundException ex)
        {
            return NotFound(ex);
        }
    }

    public static async Task<Results<Ok<RegionDetail>, ValidationProblem, ProblemHttpResult>> RegionAsync(
        string chain, string code, string? segment, string? region, GeographyViews views, CancellationToken cancellationToken)
    {
        var errors = Validate(chain, segment, region);
        if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit))
        {
            errors.Add("code", $"'code' is '{code}'; it must be a GB/T 2260 code of 2 (province), 4 (city) or 6 (district) digits, e.g. 32 or 3205.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return await views.RegionAsync(chain, code, Blank(segment), Blank(region), cancellationToken) is { } detail
                ? TypedResults.Ok(detail)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "该地区没有本链企业", detail: $"地区代码 {code} 下没有该产业链（或环节）的企业。");
        }
        catch (ChainNotFoundException ex)
        {
            return NotFound(ex);
        }
    }

    public static async Task<Results<Ok<RegionComparison>, ValidationProblem, ProblemHttpResult>> CompareAsync(
        string chain, string? region, string? peers, GeographyViews views, CancellationToken cancellationToken)
    {
        var errors = Validate(chain, null, region);
        errors.MaxLength(peers, "peers", ChainsApi.MaxNameLength * RegionComparer.MaxPeers);
        var peerList = string.IsNullOrWhiteSpace(peers)
            ? RegionComparer.DefaultPeers
            : peers.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (peerList.Count > RegionComparer.MaxPeers)
        {
            errors.Add("peers", $"'peers' names {peerList.Count} regions; at most {RegionComparer.MaxPeers} can be compared at once.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(await views.CompareAsync(chain, Blank(region), peerList, cancellationToken));
        }
        catch (ChainNotFoundException ex)
        {
            return NotFound(ex);
        }
    }

    private static RequestErrors Validate(string chain, string? segment, string? region)
    {
        var errors = new RequestErrors();
        errors.Require(chain, "chain", ChainsApi.MaxNameLength);
        errors.MaxLength(segment, "segment", ChainsApi.MaxNameLength);
        errors.MaxLength(region, "region", ChainsApi.MaxNameLength);
        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProblemHttpResult NotFound(ChainNotFoundException ex) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chain, segment or region not found", detail: ex.Message);
}
