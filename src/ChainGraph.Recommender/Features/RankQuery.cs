using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// What a ranking is asked for: the source enterprises (a query head, or the local enterprises a gap
/// segment serves) with weights, the relationship to predict and which end of it the candidates take.
/// <see cref="CandidateIsTail"/> is true for "whom will the source supply / cooperate with" and false
/// for "who will supply the source" (the upstream direction).
/// </summary>
public sealed record RankQuery(IReadOnlyList<int> Sources, RelType Relation, bool CandidateIsTail)
{
    /// <summary>Optional per-source weights (anchors count more); 1 when absent.</summary>
    public IReadOnlyList<float>? Weights { get; init; }

    public static RankQuery ForHead(int head, RelType relation) => new([head], relation, CandidateIsTail: true);

    public float Weight(int index) => Weights is { } w ? w[index] : 1f;
}
