using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// How connected the candidate already is: degree over all and business links, how often it already
/// plays the asked role in the asked relationship (e.g. how many customers a supplier has), and
/// recent activity. Preferential attachment (Barabási and Albert 1999): busy firms gain links.
/// </summary>
public sealed class PopularityFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["degree_all", "degree_business", "role_count", "role_count_reverse", "recent_links", "degree_rank", "role_rank", "recent_rank"];

    public IReadOnlyList<int> Monotone { get; } = [1, 1, 1, 0, 1, -1, -1, -1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var g = state.Graph;
        var q = state.Query;
        values[0] = MathF.Log(1 + g.AllNeighbours[candidate].Length);
        values[1] = MathF.Log(1 + g.BusinessNeighbours[candidate].Length);
        values[2] = MathF.Log(1 + g.RoleCount(candidate, q.Relation, q.CandidateIsTail));
        values[3] = MathF.Log(1 + g.RoleCount(candidate, q.Relation, !q.CandidateIsTail));
        values[4] = MathF.Log(1 + g.RecentCount[candidate]);
        values[5] = MathF.Log2(Math.Max(1, g.DegreeRank[candidate]));
        values[6] = MathF.Log2(Math.Max(1, g.RoleRank(q.Relation, q.CandidateIsTail)[candidate]));
        values[7] = MathF.Log2(Math.Max(1, g.RecentRank[candidate]));
    }

    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        var g = state.Graph;
        var q = state.Query;
        return feature switch
        {
            1 when g.BusinessNeighbours[candidate].Length > 0 => $"已有{g.BusinessNeighbours[candidate].Length}家合作/供应伙伴",
            5 when g.DegreeRank[candidate] is > 0 and <= 100 => $"关系数量居全图第{g.DegreeRank[candidate]}位",
            2 or 6 when g.RoleCount(candidate, q.Relation, q.CandidateIsTail) > 0 =>
                $"已有{g.RoleCount(candidate, q.Relation, q.CandidateIsTail)}条同类{FeatureText.Relation(q.Relation)}关系",
            4 or 7 when g.RecentCount[candidate] > 0 => $"近{FeatureGraph.RecentWindowDays}天有{g.RecentCount[candidate]}条新动态",
            _ => null,
        };
    }

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        var edges = state.Query.CandidateIsTail ? g.InEdges(candidate) : g.OutEdges(candidate);
        var list = new List<int>();
        foreach (var e in edges)
        {
            if (g.EdgeType(e) == state.Query.Relation)
            {
                list.Add(e);
            }
        }

        return list.OrderByDescending(e => g.EdgeSince(e) ?? DateOnly.MinValue).Take(2);
    }
}
