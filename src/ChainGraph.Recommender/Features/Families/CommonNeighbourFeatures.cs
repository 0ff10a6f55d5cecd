using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>Common neighbours of the sources and the candidate, over the business network and over the whole graph.</summary>
public sealed class CommonNeighbourFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["common_neighbours_business", "common_neighbours_all"];

    public IReadOnlyList<int> Monotone { get; } = [1, 1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        values[0] = QueryState.Get(state.CommonNeighboursBusiness, candidate);
        values[1] = QueryState.Get(state.CommonNeighboursAll, candidate);
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) => value < 1 ? null : feature == 0
        ? $"与{FeatureText.SourceName(state)}有{FeatureText.Count((int)value)}家共同的合作企业"
        : $"与{FeatureText.SourceName(state)}有{FeatureText.Count((int)value)}个共同关联（行业、产品或伙伴）";

    public IEnumerable<int> Evidence(QueryState state, int candidate) =>
        FeatureText.SharedNeighbour(state, candidate, state.Graph.BusinessNeighbours) is { } business ? business.Edges
        : FeatureText.SharedNeighbour(state, candidate, state.Graph.AllNeighbours) is { } any ? any.Edges
        : [];
}
