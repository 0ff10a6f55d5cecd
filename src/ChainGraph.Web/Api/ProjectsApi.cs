using System.Security.Claims;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>
/// The 招商项目库: list and read projects; create one, add a 线索 in one click, and update (旬更新: fields, stage,
/// money, progress) — every write signed in, checked in one place for chain scope (<see cref="ProjectAccess"/>),
/// validated with Chinese messages per field, and audited.
/// </summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("Projects");
        group.MapGet("/", ListAsync).WithSummary("Projects, filtered by stage (or 'active'), chain, owner, priority, category, text (q) and flag (ActionOverdue|Stalled|NotUpdatedThisXun).");
        group.MapGet("/meta", MetaAsync).WithSummary("The words of every code (stages, categories, …), chains with segments, owner units in use.");
        group.MapPost("/", CreateAsync).RequireAuthorization(WebServiceCollectionExtensions.WritePolicy).WithSummary("Creates a project (fields as text; see ProjectInput).");
        group.MapPost("/leads", AddLeadAsync).RequireAuthorization(WebServiceCollectionExtensions.WritePolicy)
            .WithSummary("加入项目库: a 线索 for an enterprise and the query it came from; 200 with the open project when one exists.");
        group.MapGet("/{id:long}", GetAsync).WithSummary("A project with its warnings, dated history and visits.");
        group.MapPost("/{id:long}/updates", UpdateAsync).RequireAuthorization(WebServiceCollectionExtensions.WritePolicy)
            .WithSummary("One update: field edits, a stage move (stage, stageOn, terminationReason), money that arrived (fundsAmount, fundsOn), a note.");
        return app;
    }

    public sealed record ListParameters(string? Stage, string? Chain, string? Owner, string? Priority, string? Category, string? Q, string? Flag);

    public static async Task<Results<Ok<IReadOnlyList<ProjectView>>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters query, PipelineService pipeline, IChainMapService chains, IGraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var filter = new ProjectFilter
        {
            ActiveOnly = query.Stage is "active",
            Stage = query.Stage is { Length: > 0 } and not "active" ? Code<ProjectStage>(query.Stage, "stage", errors) : null,
            Chain = query.Chain is { Length: > 0 } ? chains.Chains.FirstOrDefault(c => c.Id == query.Chain || c.Name == query.Chain)?.Id ?? query.Chain : null,
            OwnerUnit = query.Owner is { Length: > 0 } ? query.Owner : null,
            Priority = query.Priority is { Length: > 0 } ? Code<ProjectPriority>(query.Priority, "priority", errors) : null,
            Category = query.Category is { Length: > 0 } ? Code<ProjectCategory>(query.Category, "category", errors) : null,
            Text = query.Q is { Length: > 0 } ? query.Q.Trim() : null,
            Flag = query.Flag is { Length: > 0 } ? (Enum.TryParse<AlertKind>(query.Flag, ignoreCase: true, out var flag) ? flag : Add<AlertKind>(errors, "flag", $"「预警」应为 ActionOverdue、Stalled 或 NotUpdatedThisXun，收到「{query.Flag}」。")) : null,
        };
        if (errors.Any)
        {
            return ProjectProblems.Invalid(errors);
        }

        var names = await EnterpriseNamesAsync(snapshots, cancellationToken);
        var rows = await pipeline.ListAsync(filter, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ProjectView>>(rows.Select(r => ProjectView.From(r.Project, r.Alerts, pipeline.Names, names)).ToArray());
    }

    public static async Task<Ok<ProjectMeta>> MetaAsync(PipelineService pipeline, IChainMapService chains, CancellationToken cancellationToken)
    {
        var units = (await pipeline.LoadAsync(cancellationToken)).Projects.Select(p => p.OwnerUnit).Where(u => u.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        return TypedResults.Ok(new ProjectMeta(
            ProjectMeta.Of<ProjectStage>(), ProjectMeta.Of<ProjectCategory>(), ProjectMeta.Of<ChainRole>(), ProjectMeta.Of<ProjectPriority>(), ProjectMeta.Of<ProjectOrigin>(),
            ProjectMeta.Of<Recommender.Recommending.SupplyDirection>(), ProjectMeta.Of<VisitKind>(), ProjectMeta.Of<VisitStatus>(), ProjectMeta.Of<AuditAction>(),
            chains.Chains.Select(c => new ProjectMeta.ChainChoice(c.Id, c.Name, c.Segments.Select(s => new ProjectMeta.Choice(s.Id, s.Name)).ToArray())).ToArray(),
            units));
    }

    public static async Task<Results<Created<ProjectDetailView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProjectInput input, ProjectService projects, PipelineService pipeline, IChainMapService chains, IGraphSnapshotProvider snapshots, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ProjectAccess.CheckWrite(user, ChainId(chains, input.Chain)) is { } forbidden)
        {
            return forbidden;
        }

        var result = await projects.CreateAsync(input, ProjectAccess.Who(user), cancellationToken);
        if (result.Errors is { } errors)
        {
            return ProjectProblems.Invalid(errors);
        }

        var detail = await DetailAsync(result.Value!.Id, pipeline, snapshots, cancellationToken);
        return TypedResults.Created($"/api/projects/{result.Value.Id}", detail!);
    }

    public static async Task<Results<Created<ProjectDetailView>, Ok<ProjectDetailView>, ValidationProblem, ProblemHttpResult>> AddLeadAsync(
        LeadInput input, ProjectService projects, PipelineService pipeline, IChainMapService chains, IGraphSnapshotProvider snapshots, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ProjectAccess.CheckWrite(user, ChainId(chains, input.Chain)) is { } forbidden)
        {
            return forbidden;
        }

        var result = await projects.AddLeadAsync(input, ProjectAccess.Who(user), cancellationToken);
        if (result.Errors is { } errors)
        {
            return ProjectProblems.Invalid(errors);
        }

        var detail = (await DetailAsync(result.Value!.Id, pipeline, snapshots, cancellationToken))!;
        return result.Existing ? TypedResults.Ok(detail) : TypedResults.Created($"/api/projects/{result.Value.Id}", detail);
    }

    public static async Task<Results<Ok<ProjectDetailView>, ProblemHttpResult>> GetAsync(long id, PipelineService pipeline, IGraphSnapshotProvider snapshots, CancellationToken cancellationToken) =>
        await DetailAsync(id, pipeline, snapshots, cancellationToken) is { } detail ? TypedResults.Ok(detail) : ProjectProblems.ProjectNotFound(id);

    public static async Task<Results<Ok<ProjectDetailView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, ProjectInput input, ProjectService projects, PipelineService pipeline, IChainMapService chains, IGraphSnapshotProvider snapshots, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await pipeline.GetAsync(id, cancellationToken) is not { } current)
        {
            return ProjectProblems.ProjectNotFound(id);
        }

        if (ProjectAccess.CheckWrite(user, current.Project.Chain, ChainId(chains, input.Chain)) is { } forbidden)
        {
            return forbidden;
        }

        var result = await projects.UpdateAsync(id, input, ProjectAccess.Who(user), cancellationToken);
        if (result.NotFound)
        {
            return ProjectProblems.ProjectNotFound(id);
        }

        return result.Errors is { } errors ? ProjectProblems.Invalid(errors) : TypedResults.Ok((await DetailAsync(id, pipeline, snapshots, cancellationToken))!);
    }

    internal static async Task<ProjectDetailView?> DetailAsync(long id, PipelineService pipeline, IGraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        if (await pipeline.GetAsync(id, cancellationToken) is not { } detail)
        {
            return null;
        }

        var view = ProjectView.From(detail.Project, detail.Alerts, pipeline.Names, await EnterpriseNamesAsync(snapshots, cancellationToken));
        return new ProjectDetailView(view, detail.History.Reverse().ToArray(), detail.Visits);
    }

    private static async Task<Func<string, string?>> EnterpriseNamesAsync(IGraphSnapshotProvider snapshots, CancellationToken cancellationToken)
    {
        var graph = await snapshots.GetAsync(cancellationToken);
        return key => graph.Find(new NodeRef(NodeKind.Enterprise, key)) is { } node ? graph.Name(node) : null;
    }

    /// <summary>The id of a chain named in a request, for the access check (the service reports an unknown one as a field problem).</summary>
    private static string? ChainId(IChainMapService chains, string? chain)
    {
        if (string.IsNullOrWhiteSpace(chain))
        {
            return null;
        }

        try
        {
            return chains.FindChain(chain.Trim()).Id;
        }
        catch (ChainNotFoundException)
        {
            return null;
        }
    }

    private static T? Code<T>(string text, string field, FieldErrors errors) where T : struct, Enum =>
        ProjectLabels.TryParse<T>(text, out var value) ? value : Add<T>(errors, field, $"「{ProjectFieldNames.Of(field)}」应为{ProjectLabels.Choices<T>()}之一，收到「{text}」。");

    private static T? Add<T>(FieldErrors errors, string field, string message) where T : struct
    {
        errors.Add(field, message);
        return null;
    }
}
