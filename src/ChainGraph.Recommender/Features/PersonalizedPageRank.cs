namespace ChainGraph.Recommender.Features;

/// <summary>
/// Approximate personalized PageRank by forward push (Andersen, Chung and Lang 2006, "Local graph
/// partitioning using PageRank vectors"): residual mass at a node is pushed to its neighbours until
/// every residual is below <c>tolerance × degree</c>. Work is bounded by 1 / (restart × tolerance),
/// independent of the graph's size, so it suits one query at a time.
/// </summary>
public static class PersonalizedPageRank
{
    public static Dictionary<int, float> Push(NodeLists neighbours, IReadOnlyList<int> sources, double restart, double tolerance)
    {
        var estimate = new Dictionary<int, double>();
        var residual = new Dictionary<int, double>();
        var queue = new Queue<int>();
        foreach (var s in sources)
        {
            residual[s] = residual.GetValueOrDefault(s) + (1.0 / sources.Count);
        }

        foreach (var s in residual.Keys.Order())
        {
            queue.Enqueue(s);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var mass = residual.GetValueOrDefault(node);
            var degree = neighbours[node].Length;
            if (mass <= tolerance * Math.Max(degree, 1))
            {
                continue;
            }

            residual[node] = 0;
            estimate[node] = estimate.GetValueOrDefault(node) + (restart * mass);
            if (degree == 0)
            {
                continue;
            }

            var share = (1 - restart) * mass / degree;
            foreach (var next in neighbours[node])
            {
                var before = residual.GetValueOrDefault(next);
                var after = before + share;
                residual[next] = after;
                var threshold = tolerance * Math.Max(neighbours[next].Length, 1);
                if (before <= threshold && after > threshold)
                {
                    queue.Enqueue(next);
                }
            }
        }

        return estimate.ToDictionary(kv => kv.Key, kv => (float)kv.Value);
    }
}
