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
        : $"与{FeatureText.SourceName(state)}有{FeatureText.Count((int)value)}个共同关联(行业/产品/伙伴)";

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var business = state.Graph.BusinessNeighbours;
        var shared = business[candidate].Where(state.SourceNeighbours.Contains).Take(3);
        foreach (var z in shared)
        {
            foreach (var e in FeatureText.EdgesBetween(state, candidate, z, GraphNames.EnterpriseLinks.Contains).Take(1))
            {
                yield return e;
            }

            foreach (var s in state.Query.Sources)
            {
                foreach (var e in FeatureText.EdgesBetween(state, s, z, GraphNames.EnterpriseLinks.Contains).Take(1))
                {
                    yield return e;
                }
            }
        }
    }
}
