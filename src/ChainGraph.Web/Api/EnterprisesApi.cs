using ChainGraph.Web.Enterprises;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Enterprise search and profiles (企业画像).</summary>
public static class EnterprisesApi
{
    public const int MaxQueryLength = 100;
    public const int MaxSearchLimit = 50;

    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises").WithTags("Enterprises");
        group.MapGet("/", SearchAsync).WithSummary("Search enterprises by name, alias or code.");
        group.MapGet("/{idOrName}", GetAsync).WithSummary("An enterprise's profile: codes, location, industries, products, relationships, provenance.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<EnterpriseSummary>>, ValidationProblem>> SearchAsync(
        string? q, int? limit, EnterpriseProfileService profiles, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(q, "q", MaxQueryLength);
        errors.Range(limit ?? 20, "limit", 1, MaxSearchLimit);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(await profiles.SearchAsync(q!, limit ?? 20, cancellationToken));
    }

    public static async Task<Results<Ok<EnterpriseProfile>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string idOrName, EnterpriseProfileService profiles, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(idOrName, "idOrName", MaxQueryLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var lookup = await profiles.FindAsync(idOrName, cancellationToken);
        if (lookup.Profile is { } profile)
        {
            return TypedResults.Ok(profile);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "没有找到这家企业",
            detail: lookup.Suggestions.Count == 0
                ? $"图谱中没有名称、简称或代码为「{idOrName}」的企业。请换用全称、简称或股票代码再查。"
                : $"「{idOrName}」不能唯一确定一家企业，请从下面的候选中选择。",
            extensions: new Dictionary<string, object?> { ["suggestions"] = lookup.Suggestions });
    }
}
