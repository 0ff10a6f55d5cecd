using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Events;

/// <summary>
/// The 对接会简报 of one event: the chain's state for the home region and, per attendee, its position in
/// the chain, the local enterprises and anchors it could supply or buy from, the gaps it could fill, and
/// talking points. Computed on the current chain map, so every line traces back to the graph.
/// </summary>
public sealed record Briefing(
    long EventId,
    string EventName,
    DateOnly Date,
    string ChainId,
    string ChainName,
    HomeRegion Region,
    ChainMapSummary Summary,
    IReadOnlyList<string> ChainGaps,
    IReadOnlyList<Briefing.AttendeeBrief> Attendees,
    IReadOnlyList<string> Unresolved,
    DateTimeOffset GeneratedAt)
{
    public sealed record AttendeeBrief(
        string InputName,
        string Key,
        string Name,
        string? Province,
        string? City,
        IReadOnlyList<string> Tags,
        bool IsLocal,
        IReadOnlyList<Position> Segments,
        IReadOnlyList<Partner> CouldSupply,
        IReadOnlyList<Partner> CouldBuyFrom,
        IReadOnlyList<string> GapsItCouldFill,
        IReadOnlyList<string> TalkingPoints);

    /// <summary>A segment the attendee is placed in, with the home region's status there.</summary>
    public sealed record Position(string SegmentId, string Segment, Stage Stage, SegmentStatus Status, double? Lq);

    /// <summary>A local enterprise on the other side of a supply link; <c>Basis</c> says why (segment feeds, or an observed SUPPLIES fact).</summary>
    public sealed record Partner(string Key, string Name, bool IsAnchor, string Segment, string Basis);
}
