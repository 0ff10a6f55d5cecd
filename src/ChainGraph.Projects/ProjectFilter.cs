using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;

namespace ChainGraph.Projects;

/// <summary>
/// Which projects a 项目库 list shows: by stage (or <see cref="ActiveOnly"/>), chain, owner unit, priority,
/// category, a text found in the project's or investor's name, and flags (overdue, stalled, not updated this 旬).
/// </summary>
public sealed record ProjectFilter
{
    public ProjectStage? Stage { get; init; }

    public bool ActiveOnly { get; init; }

    public string? Chain { get; init; }

    public string? OwnerUnit { get; init; }

    public ProjectPriority? Priority { get; init; }

    public ProjectCategory? Category { get; init; }

    public string? Text { get; init; }

    public AlertKind? Flag { get; init; }

    public bool Matches(Project p, IReadOnlyList<ProjectAlert> alerts) =>
        (Stage is null || p.Stage == Stage)
        && (!ActiveOnly || p.IsActive)
        && (Chain is null || p.Chain == Chain)
        && (OwnerUnit is null || p.OwnerUnit == OwnerUnit)
        && (Priority is null || p.Priority == Priority)
        && (Category is null || p.Categories.Contains(Category.Value))
        && (Text is null || p.Name.Contains(Text, StringComparison.OrdinalIgnoreCase) || p.EnterpriseName.Contains(Text, StringComparison.OrdinalIgnoreCase) || p.EnterpriseKey == Text)
        && (Flag is null || alerts.Any(a => a.ProjectId == p.Id && a.Kind == Flag));
}
