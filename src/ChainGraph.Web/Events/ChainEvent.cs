namespace ChainGraph.Web.Events;

/// <summary>A chain-matching event (产业链对接会): name, date, chain and its attendees.</summary>
public sealed record ChainEvent(long Id, string Name, DateOnly Date, string Chain, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<EventAttendee> Attendees);
