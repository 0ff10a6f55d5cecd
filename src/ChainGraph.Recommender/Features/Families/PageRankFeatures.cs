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

    public string? Reason(QueryState state, int candidate, int feature, float value) =>
        QueryState.Get(state.PageRank, candidate) > 0 ? $"在图谱中靠近{FeatureText.SourceName(state)}" : null;
}
