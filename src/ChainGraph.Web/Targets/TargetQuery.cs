using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Web.Targets;

/// <summary>
/// A target-list request: either the segment form (<see cref="Chain"/> + <see cref="Segment"/>) or the
/// anchor form (<see cref="Anchor"/> + <see cref="Direction"/>), with filters on the candidates.
/// </summary>
public sealed record TargetQuery(
    string? Chain,
    string? Segment,
    string? Anchor,
    SupplyDirection? Direction,
    int Top,
    string? Region,
    IReadOnlyList<string> Tags,
    SizeClass? Size)
{
    /// <summary>Which enterprises of the chain-grounded pool may be listed (mainland only, no local presence, risk flagged, by default).</summary>
    public TargetFilter Filter { get; init; } = TargetFilter.Default;

    public bool IsSegmentForm => Chain is not null;

    /// <summary>A one-line Chinese description for list titles and export headers.</summary>
    public string Describe() => IsSegmentForm
        ? $"{Chain} · {Segment}（补链）"
        : $"{Anchor} · {(Direction == SupplyDirection.Downstream ? "下游客户" : "上游供应商")}";
}
