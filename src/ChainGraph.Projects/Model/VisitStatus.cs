namespace ChainGraph.Projects.Model;

/// <summary>A visit is planned (出访计划), done, or cancelled.</summary>
public enum VisitStatus
{
    Planned,
    Done,
    Cancelled,
}
