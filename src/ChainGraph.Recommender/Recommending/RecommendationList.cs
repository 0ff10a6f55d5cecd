namespace ChainGraph.Recommender.Recommending;

/// <summary>The answer to one query: what was asked, the model that answered, and the ranked targets.</summary>
public sealed record RecommendationList(
    string Query,
    string HomeRegion,
    string Model,
    int CandidatesScored,
    IReadOnlyList<Recommendation> Items);
