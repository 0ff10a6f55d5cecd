using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// All facts of one query (source, relation, which end the candidates take): the new partners to find
/// and the partners already known, which filtered ranking removes from the candidates of each other
/// (Bordes et al. 2013, the "filtered" setting).
/// </summary>
public sealed record QueryGroup(int Source, RelType Relation, bool CandidateIsTail, IReadOnlyList<int> NewTargets, IReadOnlyList<int> KnownTargets)
{
    public RankQuery ToQuery() => new([Source], Relation, CandidateIsTail);
}
