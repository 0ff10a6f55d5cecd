namespace ChainGraph.Projects.Model;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    ProjectCreated,
    ProjectEdited,
    StageChanged,
    FundsArrived,
    ProgressNoted,
    VisitCreated,
    VisitEdited,
}
