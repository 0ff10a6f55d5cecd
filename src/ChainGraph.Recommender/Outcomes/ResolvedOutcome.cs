using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// An <see cref="OutcomeLabel"/> placed on a snapshot: the query as the recommender ranks it, the candidate's
/// node, and the candidates the recommender would rank beside it (the segment's enterprises for the segment
/// form; null for the anchor form, whose candidates come from recall).
/// </summary>
public sealed record ResolvedOutcome(string QueryKey, RankQuery Query, int Enterprise, DateOnly Date, bool Positive, IReadOnlyList<int>? Candidates);
