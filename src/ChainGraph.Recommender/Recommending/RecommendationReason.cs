namespace ChainGraph.Recommender.Recommending;

/// <summary>A short Chinese reason (e.g. 位于长三角) derived from one feature's SHAP contribution.</summary>
public sealed record RecommendationReason(string Feature, string Text, double Contribution);
