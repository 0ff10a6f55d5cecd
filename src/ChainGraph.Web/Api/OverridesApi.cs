using System.Security.Claims;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>A chain lead's corrections of the chain map: pin an enterprise into a segment or remove it (signed-in users).</summary>
public static class OverridesApi
{
    public const int MaxReasonLength = 200;

    public static IEndpointRouteBuilder MapOverridesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/chains/{chain}").WithTags("Chains");
        group.MapGet("/overrides", ListAsync).WithSummary("Overrides made in the web app for a chain.");
        group.MapPost("/segments/{segment}/overrides", SaveAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Pins an enterprise into a segment (action=pin, weight in (0,1]) or removes it (action=remove); the map is recomputed. 管理员, or 链长/专班 of the chain.");
        return app;
    }

    public sealed record OverrideRequest(string? EnterpriseKey, string? Action, double? Weight, string? Reason);

    public static async Task<Results<Ok<IReadOnlyList<SegmentOverride>>, ProblemHttpResult>> ListAsync(
        string chain, IChainMapService chains, OverrideService overrides, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await overrides.ListAsync(chains.FindChain(chain).Id, cancellationToken));
        }
        catch (ChainNotFoundException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有找到这条产业链", detail: $"没有名为「{chain}」的产业链。");
        }
    }

    public static async Task<Results<Ok<SegmentDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        string chain, string segment, OverrideRequest request, IChainMapService chains, IGraphSnapshotProvider snapshots,
        OverrideService overrides, ChainViews views, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        ChainTemplate? template = null;
        try
        {
            template = chains.FindChain(chain);
        }
        catch (ChainNotFoundException)
        {
            errors.Add("chain", $"没有名为「{chain}」的产业链。");
        }

        if (template is not null && await access.CheckWriteAsync(user, template.Id) is { } denied)
        {
            return denied;
        }

        var segmentTemplate = template?.FindSegment(segment);
        if (template is not null && segmentTemplate is null)
        {
            errors.Add("segment", $"产业链「{template.Name}」中没有环节「{segment}」。");
        }

        errors.Require(request.EnterpriseKey, "enterpriseKey", ChainsApi.MaxNameLength);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.EnterpriseKey) && snapshot.Find(new NodeRef(NodeKind.Enterprise, request.EnterpriseKey.Trim())) is null)
        {
            errors.Add("enterpriseKey", $"图谱中没有「{request.EnterpriseKey}」这家企业，请在输入框中搜索并从候选中选择。");
        }

        if (request.Action is not (OverrideService.Pin or OverrideService.Remove))
        {
            errors.Add("action", "校正方式只能是“加入此环节”或“移出此环节”（pin 或 remove）。");
        }

        var weight = request.Weight ?? 1;
        if (weight is <= 0 or > 1 || double.IsNaN(weight))
        {
            errors.Add("weight", $"权重应大于 0 且不超过 1，收到的是 {weight}。");
        }

        errors.MaxLength(request.Reason, "reason", MaxReasonLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await overrides.SaveAsync(new SegmentOverride(template!.Id, segmentTemplate!.Id, request.EnterpriseKey!.Trim(), request.Action!, weight,
            request.Reason?.Trim() ?? "", user.Identity?.Name ?? "?", default), cancellationToken);
        return TypedResults.Ok((await views.SegmentAsync(template.Id, segmentTemplate.Id, null, cancellationToken))!);
    }
}
