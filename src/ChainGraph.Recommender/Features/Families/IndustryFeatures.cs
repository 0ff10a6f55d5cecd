using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// Industry fit: industries the candidate shares with the sources, and how many of the candidate's
/// industries are upstream (UPSTREAM_OF) or downstream of the sources' industries.
/// </summary>
public sealed class IndustryFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["same_industry", "industry_upstream_of_source", "industry_downstream_of_source"];

    public IReadOnlyList<int> Monotone { get; } = [1, 0, 0];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var industries = state.Graph.Industries[candidate];
        var sources = state.SourceIndustries;
        values[0] = state.Graph.Industries.Count(candidate, sources.Contains);
        values[1] = CountLinks(state, industries, sources, upstream: true);
        values[2] = CountLinks(state, industries, sources, upstream: false);
    }

    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        if (value <= 0)
        {
            return null;
        }

        var g = state.Graph.Snapshot;
        var shared = state.Graph.Industries.Members(candidate).Where(state.SourceIndustries.Contains).Select(g.Name).FirstOrDefault();
        return feature switch
        {
            0 => shared is null ? null : $"与{FeatureText.SourceName(state)}同属{shared}行业",
            1 => $"所在行业是{FeatureText.SourceName(state)}所在行业的上游",
            _ => $"所在行业是{FeatureText.SourceName(state)}所在行业的下游",
        };
    }

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        var shown = 0;
        foreach (var e in g.OutEdges(candidate).ToArray())
        {
            if (g.EdgeType(e) is RelType.InIndustry or RelType.ActiveIn && state.SourceIndustries.Contains(g.EdgeTo(e)) && shown++ < 2)
            {
                yield return e;
            }
        }
    }

    private static int CountLinks(QueryState state, ReadOnlySpan<int> industries, HashSet<int> sources, bool upstream)
    {
        var linked = upstream ? state.Graph.UpstreamTargets : state.Graph.UpstreamSources;
        var count = 0;
        foreach (var industry in industries)
        {
            count += linked.Count(industry, sources.Contains);
        }

        return count;
    }
}
