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

    // Names one shared neighbour (a partner, an industry, a product) and shows both edges to it.
    public string? Reason(QueryState state, int candidate, int feature, float value) =>
        value > 0 && FeatureText.SharedNeighbour(state, candidate, Among(state, feature)) is { } shared ? FeatureText.SharedText(state, shared.Shared) : null;

    public IEnumerable<int> Evidence(QueryState state, int candidate) =>
        FeatureText.SharedNeighbour(state, candidate, state.Graph.AllNeighbours) is { } shared ? shared.Edges : [];

    private static NodeLists Among(QueryState state, int feature) => feature == 0 ? state.Graph.BusinessNeighbours : state.Graph.AllNeighbours;
}
