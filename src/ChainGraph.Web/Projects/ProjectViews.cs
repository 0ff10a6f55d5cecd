using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;

namespace ChainGraph.Web.Projects;

/// <summary>What the 项目库 pages read: a project with the Chinese names of its chain, segment and anchor, and its warnings.</summary>
public sealed record ProjectView(Project Project, string ChainName, string SegmentName, string? AnchorName, IReadOnlyList<ProjectAlert> Alerts)
{
    public string StageLabel => ProjectLabels.Label(Project.Stage);

    public static ProjectView From(Project project, IReadOnlyList<ProjectAlert> alerts, ChainNames names, Func<string, string?> enterpriseName) =>
        new(project, names.Chain(project.Chain), names.Segment(project.Chain, project.Segment), project.Anchor is { } anchor ? enterpriseName(anchor) ?? anchor : null, alerts);
}

/// <summary>One project with its history and visits, as the project page reads it.</summary>
public sealed record ProjectDetailView(ProjectView View, IReadOnlyList<AuditEntry> History, IReadOnlyList<Visit> Visits);

/// <summary>The words of every code the pages show and offer (stages, categories, …), chains with their segments, and the owner units in use.</summary>
public sealed record ProjectMeta(
    IReadOnlyList<ProjectMeta.Choice> Stages,
    IReadOnlyList<ProjectMeta.Choice> Categories,
    IReadOnlyList<ProjectMeta.Choice> Roles,
    IReadOnlyList<ProjectMeta.Choice> Priorities,
    IReadOnlyList<ProjectMeta.Choice> Origins,
    IReadOnlyList<ProjectMeta.Choice> Directions,
    IReadOnlyList<ProjectMeta.Choice> VisitKinds,
    IReadOnlyList<ProjectMeta.Choice> VisitStatuses,
    IReadOnlyList<ProjectMeta.Choice> AuditActions,
    IReadOnlyList<ProjectMeta.ChainChoice> Chains,
    IReadOnlyList<string> OwnerUnits)
{
    public sealed record Choice(string Value, string Label);

    public sealed record ChainChoice(string Id, string Name, IReadOnlyList<Choice> Segments);

    public static IReadOnlyList<Choice> Of<T>() where T : struct, Enum => ProjectLabels.All<T>().Select(x => new Choice(x.Value.ToString(), x.Label)).ToArray();
}
