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
        catch (ChainNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chain not found", detail: ex.Message);
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
        catch (ChainNotFoundException ex)
        {
            errors.Add("chain", ex.Message);
        }

        if (template is not null && await access.CheckWriteAsync(user, template.Id) is { } denied)
        {
            return denied;
        }

        var segmentTemplate = template?.FindSegment(segment);
        if (template is not null && segmentTemplate is null)
        {
            errors.Add("segment", $"The chain '{template.Name}' has no segment '{segment}'; GET /api/chains/{template.Id}/map lists them.");
        }

        errors.Require(request.EnterpriseKey, "enterpriseKey", ChainsApi.MaxNameLength);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.EnterpriseKey) && snapshot.Find(new NodeRef(NodeKind.Enterprise, request.EnterpriseKey.Trim())) is null)
        {
            errors.Add("enterpriseKey", $"No enterprise has the key '{request.EnterpriseKey}'; find it with GET /api/enterprises?q=.");
        }

        if (request.Action is not (OverrideService.Pin or OverrideService.Remove))
        {
            errors.Add("action", $"'action' is '{request.Action}'; it must be 'pin' or 'remove'.");
        }

        var weight = request.Weight ?? 1;
        if (weight is <= 0 or > 1 || double.IsNaN(weight))
        {
            errors.Add("weight", $"'weight' is {weight}; a placement weight must be in (0, 1].");
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
