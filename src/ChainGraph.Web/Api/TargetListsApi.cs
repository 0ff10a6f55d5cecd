using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using System.Security.Claims;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Security;
using ChainGraph.Web.Lists;
using ChainGraph.Web.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Saved target lists: saving and deleting need a signed-in user; reading and exporting follow the browse setting.</summary>
public static class TargetListsApi
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapTargetListsApi(this IEndpointRouteBuilder app)
    {
        // Saved lists are the team's internal material: reading them needs sign-in (Policies.Internal).
        var group = app.MapGroup("/api/lists").WithTags("Target lists").RequireAuthorization(Policies.Internal);
        group.MapGet("/", ListAsync);
        group.MapPost("/", SaveAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Ranks the query again on the server and saves the rows under a name (管理员, or 链长/专班 of the query's chain).");
        group.MapGet("/{id:long}", GetAsync);
        group.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Deletes a saved list (管理员, or 链长/专班 of the list's chain).");
        group.MapGet("/{id:long}/export", ExportAsync).WithSummary("A saved list as CSV (UTF-8 with BOM) or XLSX: format=csv|xlsx.");
        return app;
    }

    public sealed record SaveListRequest(string? Name, TargetQueryParameters? Query);

    public static async Task<Ok<IReadOnlyList<TargetListSummary>>> ListAsync(TargetListStore lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.ListAsync(cancellationToken));

    public static async Task<Results<Created<SavedTargetList>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        SaveListRequest request, TargetService targets, TargetListStore lists, ChainGraphWebOptions options, ChainAccess access,
        IGraphSnapshotProvider snapshots, IChainMapService chains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(request.Name, "name", MaxNameLength);
        if (request.Query is null)
        {
            errors.Add("query", "缺少名单的查询条件（产业链和环节，或链主企业和方向）。");
        }

        var query = request.Query?.ToQuery(options.MaxTop, errors);
        if (query is null || errors.Any)
        {
            return errors.ToResult();
        }

        if (await CheckScopeAsync(request.Query!, user, access, snapshots, chains, cancellationToken) is { } denied)
        {
            return denied;
        }

        var (result, problem) = await RecommendationsApi.RunAsync(targets, query, cancellationToken);
        if (result is null)
        {
            return problem!;
        }

        var id = await lists.SaveAsync(request.Name!.Trim(), request.Query!, result, user.Identity?.Name ?? "?", cancellationToken);
        var saved = await lists.GetAsync(id, cancellationToken);
        return TypedResults.Created($"/api/lists/{id}", saved!);
    }

    public static async Task<Results<Ok<SavedTargetList>, ProblemHttpResult>> GetAsync(long id, TargetListStore lists, CancellationToken cancellationToken) =>
        await lists.GetAsync(id, cancellationToken) is { } list ? TypedResults.Ok(list) : NotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, TargetListStore lists, ChainAccess access, IGraphSnapshotProvider snapshots, IChainMapService chains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await lists.GetAsync(id, cancellationToken) is not { } list)
        {
            return NotFound(id);
        }

        if (await CheckScopeAsync(list.Query, user, access, snapshots, chains, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await lists.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        long id, string? format, TargetListStore lists, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        ExportFormat.Validate(format, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return await lists.GetAsync(id, cancellationToken) is { } list ? ExportFormat.File(format!, list.Name, list.Rows) : NotFound(id);
    }

    /// <summary>The list's chains (<see cref="ListChains"/>): the user must be allowed to write to one of them.</summary>
    private static async Task<ProblemHttpResult?> CheckScopeAsync(TargetQueryParameters query, ClaimsPrincipal user, ChainAccess access, IGraphSnapshotProvider snapshots, IChainMapService chains, CancellationToken cancellationToken) =>
        await access.CheckWriteAnyAsync(user, ListChains.Of(query, await snapshots.GetAsync(cancellationToken), chains));

    private static ProblemHttpResult NotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "没有找到这份名单", detail: $"编号为 {id} 的名单不存在，可能已被删除。请在“已保存的名单”中重新选择。");
}
