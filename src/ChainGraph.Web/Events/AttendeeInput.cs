namespace ChainGraph.Web.Events;

/// <summary>One attendee as given: a name, maybe a code (stock or credit code), and where it came from (line).</summary>
public sealed record AttendeeInput(string Name, string? Code, int Line);
