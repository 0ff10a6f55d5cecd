namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// A short Chinese reason (e.g. 主营锂电池隔膜（占营收62%），属于隔膜环节), the part of the score it accounts for
/// (<see cref="Contribution"/>: the chain term for the chain reason, the SHAP value for a model feature) and the
/// facts of the graph behind it.
/// </summary>
public sealed record RecommendationReason(string Feature, string Text, double Contribution)
{
    /// <summary>The feature name of the chain reason (always first when present).</summary>
    public const string ChainFeature = "chain_fit";

    public IReadOnlyList<EvidenceFact> Evidence { get; init; } = [];
}
