using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// The recommender query an outcome answers: the segment form (<see cref="Chain"/> + <see cref="Segment"/>,
/// ids or Chinese names) or the anchor form (<see cref="Anchor"/>, an enterprise key, + <see cref="Direction"/>),
/// the same two forms <see cref="IRecommender"/> serves.
/// </summary>
public sealed record OutcomeQuery(string? Chain, string? Segment, string? Anchor, SupplyDirection Direction)
{
    public static OutcomeQuery ForSegment(string chain, string segment) => new(chain, segment, null, SupplyDirection.Upstream);

    public static OutcomeQuery ForAnchor(string anchorKey, SupplyDirection direction) => new(null, null, anchorKey, direction);

    public bool IsSegmentForm => Segment is not null;

    /// <summary>A stable text key: outcomes with the same key form one training query.</summary>
    public string Key => IsSegmentForm ? $"segment:{Chain}/{Segment}" : $"anchor:{Anchor}/{Direction}";
}
