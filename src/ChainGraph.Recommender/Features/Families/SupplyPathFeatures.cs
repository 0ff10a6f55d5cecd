namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// Walks of length 1, 2 and 3 from the sources to the candidate over supply, cooperation, investment,
/// joint-venture, acquisition and control links (log(1 + count); the Katz index truncated at 3 hops,
/// Katz 1953, without its decay so the tree model can weigh each length).
/// </summary>
public sealed class SupplyPathFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["supply_link_direct", "supply_paths_2", "supply_paths_3"];

    public IReadOnlyList<int> Monotone { get; } = [1, 1, 1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        for (var i = 0; i < 3; i++)
        {
            values[i] = MathF.Log(1 + QueryState.Get(state.SupplyPaths[i], candidate));
        }
    }

    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        if (value <= 0)
        {
            return null;
        }

        var count = (int)Math.Round(QueryState.Get(state.SupplyPaths[feature], candidate));
        var source = FeatureText.SourceName(state);
        return feature switch
        {
            0 => $"已与{source}有供应/合作/投资往来",
            1 => $"与{source}的{FeatureText.Count(count)}家伙伴有供应/合作/投资往来",
            _ => $"经三步供应/合作/投资链与{source}相连({count}条)",
        };
    }

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var supply = state.Graph.SupplyNeighbours;
        var sources = state.Query.Sources.ToHashSet();
        foreach (var z in supply.Members(candidate).Where(z => sources.Contains(z) || supply.Any(z, sources.Contains)).Take(3))
        {
            foreach (var e in FeatureText.EdgesBetween(state, candidate, z, FeatureGraph.IsSupplyNetwork).Take(1))
            {
                yield return e;
            }
        }
    }
}
