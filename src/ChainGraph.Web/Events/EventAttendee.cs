using ChainGraph.Web.Enterprises;

namespace ChainGraph.Web.Events;

/// <summary>
/// An attendee of an event: what was given, the enterprise it resolved to (null when unresolved), how it
/// was matched (EntityResolver's MatchKind, or Manual when a user picked it), and near matches to choose from.
/// </summary>
public sealed record EventAttendee(
    int Position,
    string InputName,
    string? EnterpriseKey,
    string? EnterpriseName,
    string MatchKind,
    IReadOnlyList<EnterpriseSummary> Suggestions)
{
    public bool IsResolved => EnterpriseKey is not null;
}
