using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Dashboard;

/// <summary>A flagged project: which, why, since when (the due date, or the day of the last update) and the detail in words.</summary>
public sealed record ProjectAlert(
    long ProjectId,
    string ProjectName,
    string EnterpriseName,
    ProjectStage Stage,
    ProjectPriority Priority,
    string OwnerUnit,
    string OwnerPerson,
    AlertKind Kind,
    DateOnly Since,
    int Days,
    string Detail)
{
    public bool IsOverdue => Kind is AlertKind.ActionOverdue or AlertKind.Stalled;
}
