namespace ChainGraph.Projects.Model;

/// <summary>One change of a project or a visit: who recorded it and when, what it was, and the day it happened when it has one.</summary>
public sealed record AuditEntry(
    long Id,
    long? ProjectId,
    long? VisitId,
    AuditAction Action,
    string Summary,
    IReadOnlyList<FieldChange> Changes,
    DateOnly? EffectiveOn,
    string By,
    DateTimeOffset At);
