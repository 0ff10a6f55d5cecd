namespace ChainGraph.Projects.Dashboard;

/// <summary>Why a project is flagged. <see cref="ActionOverdue"/> and <see cref="Stalled"/> are overdue (逾期); <see cref="NotUpdatedThisXun"/> is a reminder.</summary>
public enum AlertKind
{
    /// <summary>下一步工作逾期: the next action's due date has passed.</summary>
    ActionOverdue,

    /// <summary>停滞: no update for more than one 旬 (none in the current 旬 nor in the one before).</summary>
    Stalled,

    /// <summary>本旬未更新: no update yet in the current 旬.</summary>
    NotUpdatedThisXun,
}
