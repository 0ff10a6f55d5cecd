using ChainGraph.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>What every page's frame needs: the region, time zone and data freshness (<c>/api/site</c>), and the header search (<c>/api/search</c>).</summary>
public static class SiteApi
{
    public const int MaxSearchLimit = 20;

    public static IEndpointRouteBuilder MapSiteApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/site", GetAsync).WithTags("Site")
            .WithSummary("Home region, time zone, data freshness (latest dated fact, newest fetch) and optional features such as PDF export.");
        app.MapGet("/api/search", SearchAsync).WithTags("Site")
            .WithSummary("Enterprises (or near matches when none match) and chain segments for the header search box.");
        return app;
    }

    public static async Task<Ok<SiteInfo>> GetAsync(SiteInfoService site, CancellationToken cancellationToken) =>
        TypedResults.Ok(await site.GetAsync(cancellationToken));

    public static async Task<Results<Ok<SiteSearch.Result>, ValidationProblem>> SearchAsync(string? q, int? limit, SiteSearch search, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(q, "q", SiteSearch.MaxQueryLength);
        errors.Range(limit ?? 8, "limit", 1, MaxSearchLimit);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(await search.SearchAsync(q!, limit ?? 8, cancellationToken));
    }
}
