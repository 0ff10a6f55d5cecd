namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The target-enterprise recommender the CLI and the web API share: ranked, explained non-local
/// enterprises for a chain's gap segment or for a local anchor's supply side. Implementations run on
/// the current graph snapshot and the trained model saved next to the store.
/// </summary>
public interface IRecommender
{
    /// <summary>Non-local enterprises that would fill <paramref name="segment"/> of <paramref name="chain"/> for the home region.</summary>
    /// <exception cref="RecommendException">The chain or segment is unknown, or no model is trained.</exception>
    Task<RecommendationList> RecommendForSegmentAsync(string chain, string segment, RecommendOptions options, CancellationToken cancellationToken);

    /// <summary>Non-local suppliers (<see cref="SupplyDirection.Upstream"/>) or customers (<see cref="SupplyDirection.Downstream"/>) for the anchor enterprise named <paramref name="anchor"/>.</summary>
    /// <exception cref="RecommendException">The anchor is unknown or ambiguous, or no model is trained.</exception>
    Task<RecommendationList> RecommendForAnchorAsync(string anchor, SupplyDirection direction, RecommendOptions options, CancellationToken cancellationToken);
}
