using ChainGraph.Recommender.Evaluation;

namespace ChainGraph.Recommender.Ranking;

/// <summary>Filtered ranking positions of a query group's new targets among a candidate list.</summary>
public static class GroupRanking
{
    /// <summary>
    /// For each new target: how many other candidates score above it and how many tie, leaving out the
    /// source, the group's other new targets and its known targets (filtered ranking).
    /// </summary>
    public static IEnumerable<(long Better, long Ties)> Positions(QueryGroup group, IReadOnlyList<int> candidates, double[] scores)
    {
        var excluded = group.NewTargets.Concat(group.KnownTargets).Append(group.Source).ToHashSet();
        // Only the new targets' positions are needed: one pass, no index of every candidate (a city's pool is a million).
        var targets = group.NewTargets.ToHashSet();
        var index = new Dictionary<int, int>(targets.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (targets.Contains(candidates[i]))
            {
                index.TryAdd(candidates[i], i);
            }
        }

        foreach (var target in group.NewTargets)
        {
            if (!index.TryGetValue(target, out var at))
            {
                continue;
            }

            var others = Enumerable.Range(0, candidates.Count).Where(i => !excluded.Contains(candidates[i])).Select(i => scores[i]);
            yield return RankingMetrics.Position(scores[at], others);
        }
    }
}
