using System.Text.Json.Serialization;

namespace ChainGraph.Projects.Editing;

/// <summary>
/// The fields of a new project or of one update (旬更新), as typed: every value is text, read and checked by
/// <see cref="ProjectService"/>. In an update a field left out (null) stays as it is and an empty text clears
/// it. Besides the fields, an update can move the stage (<see cref="Stage"/>, on <see cref="StageOn"/>),
/// record money that arrived (<see cref="FundsAmount"/> 亿元, on <see cref="FundsOn"/>) and a progress note.
/// Numbers may also be sent as JSON numbers.
/// </summary>
public sealed record ProjectInput
{
    public string? Name { get; init; }

    /// <summary>The investor in the graph (Enterprise key); or <see cref="EnterpriseName"/> with <see cref="EnterpriseSource"/> for one that is not.</summary>
    public string? EnterpriseKey { get; init; }

    public string? EnterpriseName { get; init; }

    public string? EnterpriseSource { get; init; }

    public string? Chain { get; init; }

    public string? Segment { get; init; }

    /// <summary>A local anchor (key or name) whose suppliers or customers the project brings.</summary>
    public string? Anchor { get; init; }

    /// <summary>上游/下游 (Upstream/Downstream) of <see cref="Anchor"/>.</summary>
    public string? Direction { get; init; }

    /// <summary>补链/延链/强链.</summary>
    public string? Role { get; init; }

    /// <summary>Category words or codes separated by commas or 、 (制造业实体、京冀).</summary>
    public string? Categories { get; init; }

    /// <summary>计划投资额, 亿元.</summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? PlannedInvestment { get; init; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? LandParcels { get; init; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? LandAreaMu { get; init; }

    public string? LandOn { get; init; }

    public string? OwnerUnit { get; init; }

    public string? OwnerPerson { get; init; }

    /// <summary>一般项目/重点项目/重大项目.</summary>
    public string? Priority { get; init; }

    public string? NextAction { get; init; }

    public string? NextActionDue { get; init; }

    /// <summary>The stage to move to (or, for a new project, to start in; 线索 by default).</summary>
    public string? Stage { get; init; }

    /// <summary>The day the stage was reached (default today).</summary>
    public string? StageOn { get; init; }

    /// <summary>Required when moving to 终止.</summary>
    public string? TerminationReason { get; init; }

    /// <summary>Money that arrived (到位), 亿元.</summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? FundsAmount { get; init; }

    public string? FundsOn { get; init; }

    public string? FundsNote { get; init; }

    /// <summary>A progress note (进展) for the history.</summary>
    public string? Note { get; init; }

    /// <summary>New projects: where the lead came from (手工录入 by default) and what it was.</summary>
    public string? Origin { get; init; }

    public string? OriginNote { get; init; }
}
