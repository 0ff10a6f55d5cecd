namespace ChainGraph.Projects.Editing;

/// <summary>
/// The fields of a visit (走访/回访) as typed. A new visit names its project (<see cref="ProjectId"/>) or the
/// enterprise; it is done (on <see cref="DoneOn"/>, today by default) unless only <see cref="PlannedOn"/> is given.
/// In an update a field left out stays as it is.
/// </summary>
public sealed record VisitInput
{
    [System.Text.Json.Serialization.JsonConverter(typeof(TextOrNumberConverter))]
    public string? ProjectId { get; init; }

    public string? EnterpriseKey { get; init; }

    public string? EnterpriseName { get; init; }

    /// <summary>走访/回访 (Visit/Revisit).</summary>
    public string? Kind { get; init; }

    /// <summary>计划/已完成/已取消 (Planned/Done/Cancelled).</summary>
    public string? Status { get; init; }

    public string? PlannedOn { get; init; }

    public string? DoneOn { get; init; }

    /// <summary>Who went (our side).</summary>
    public string? Visitors { get; init; }

    /// <summary>Whom they met.</summary>
    public string? Visitees { get; init; }

    public string? Outcome { get; init; }

    public string? FollowUps { get; init; }

    public string? OwnerUnit { get; init; }
}
