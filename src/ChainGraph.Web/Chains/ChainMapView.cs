using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>
/// The chain map as the 产业链图谱 page draws it: segments with their figures (status, location quotient,
/// demand, counts), the local enterprises and anchors in each, and the feeds links between segments;
/// <see cref="StatusRules"/> is the status rule with the configured thresholds, for the legend.
/// </summary>
public sealed record ChainMapView(
    string Id,
    string Name,
    string Description,
    HomeRegion Region,
    ChainMapSummary Summary,
    IReadOnlyList<ChainMapView.SegmentView> Segments,
    IReadOnlyList<ChainMapView.FeedsLink> Links,
    string StatusRules)
{
    /// <summary>Local enterprises named per segment on the map (the drill-down lists all).</summary>
    public const int LocalNamesShown = 5;

    public sealed record SegmentView(
        string Id,
        string Name,
        Stage Stage,
        string? Parent,
        string Description,
        SegmentStatus Status,
        int National,
        int Local,
        double NationalWeight,
        double LocalWeight,
        double? Lq,
        double Demand,
        IReadOnlyList<string> LocalAnchors,
        IReadOnlyList<string> TopLocal,
        bool Urgent,
        StatusReason Reason,
        string Verdict);

    public sealed record FeedsLink(string Source, string Target);
}
