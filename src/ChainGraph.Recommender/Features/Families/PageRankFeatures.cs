namespace ChainGraph.Recommender.Features.Families;

/// <summary>Personalized PageRank from the sources (restart 0.15; see <see cref="PersonalizedPageRank"/>), as log(1 + 10⁴·score).</summary>
public sealed class PageRankFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["personalized_pagerank", "pagerank_rank"];

    public IReadOnlyList<int> Monotone { get; } = [1, -1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        values[0] = MathF.Log(1 + (1e4f * QueryState.Get(state.PageRank, candidate)));
        values[1] = state.PageRankRanks.TryGetValue(candidate, out var rank) ? MathF.Log2(rank) : float.NaN;
    }

    // Closeness is claimed only with the path that shows it.
    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        if (QueryState.Get(state.PageRank, candidate) <= 0 || GraphPath.Find(state, candidate) is not { Count: >= 2 } path)
        {
            return null;
        }

        var g = state.Graph.Snapshot;
        var via = path.Skip(1).Take(path.Count - 2).Select(g.Name).ToList();
        return via.Count == 0
            ? $"与{g.Name(path[0])}直接相连"
            : $"经{string.Join("—", via)}与{g.Name(path[0])}相连";
    }

    public IEnumerable<int> Evidence(QueryState state, int candidate) =>
        GraphPath.Find(state, candidate) is { } path ? GraphPath.Edges(state, path) : [];
}
