using ChainGraph.Recommender.Evaluation;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// Bounds the training queries of one window: at city scale a month brings tens of thousands of new
/// links, and the model learns as well from a seeded sample of them. The sample keeps the queries'
/// order, so training stays reproducible; a window at or under the limit is used whole.
/// </summary>
public static class QuerySample
{
    public static IReadOnlyList<QueryGroup> Take(IReadOnlyList<QueryGroup> groups, int max, int seed)
    {
        if (groups.Count <= max)
        {
            return groups;
        }

        var indices = Enumerable.Range(0, groups.Count).ToArray();
        new Random(seed).Shuffle(indices);
        return indices.Take(max).Order().Select(i => groups[i]).ToArray();
    }
}
