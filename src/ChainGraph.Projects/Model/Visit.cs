namespace ChainGraph.Projects.Model;

/// <summary>
/// A call on an enterprise (走访/回访), planned or done, by <see cref="Visitors"/> on our side meeting
/// <see cref="Visitees"/>; with what came of it and what follows. Tied to a project when there is one.
/// </summary>
public sealed record Visit(
    long Id,
    long? ProjectId,
    string? EnterpriseKey,
    string EnterpriseName,
    VisitKind Kind,
    VisitStatus Status,
    DateOnly? PlannedOn,
    DateOnly? DoneOn,
    string Visitors,
    string Visitees,
    string Outcome,
    string FollowUps,
    string OwnerUnit,
    string CreatedBy,
    DateTimeOffset CreatedAt);
