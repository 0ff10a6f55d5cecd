namespace ChainGraph.Recommender.Features.Families;

/// <summary>Personalized PageRank from the sources (restart 0.15; see <see cref="PersonalizedPageRank"/>), as log(1 + 10⁴·score).</summary>
public sealed class PageRankFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["personalized_pagerank"];

    public void Compute(QueryState state, int candidate, Span<float> values) =>
        values[0] = MathF.Log(1 + (1e4f * QueryState.Get(state.PageRank, candidate)));

    public string? Reason(QueryState state, int candidate, int feature, float value) =>
        value > 0 ? $"在图谱中靠近{FeatureText.SourceName(state)}" : null;
}
