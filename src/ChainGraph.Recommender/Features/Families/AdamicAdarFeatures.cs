namespace ChainGraph.Recommender.Features.Families;

/// <summary>Adamic–Adar (Σ 1 / ln degree of each shared neighbour; Adamic and Adar 2003) over the business network and the whole graph.</summary>
public sealed class AdamicAdarFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["adamic_adar_business", "adamic_adar_all"];

    public IReadOnlyList<int> Monotone { get; } = [1, 1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        values[0] = QueryState.Get(state.AdamicAdarBusiness, candidate);
        values[1] = QueryState.Get(state.AdamicAdarAll, candidate);
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) => value <= 0 ? null : feature == 0
        ? $"与{FeatureText.SourceName(state)}的合作圈高度重合"
        : $"在图谱中与{FeatureText.SourceName(state)}关系紧密";
}
