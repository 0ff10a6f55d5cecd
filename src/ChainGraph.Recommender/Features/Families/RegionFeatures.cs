using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// Region preference: whether the candidate's province is in one of the configured preferred regions
/// (<see cref="FeatureSettings.PreferredRegions"/>), and whether it shares a province with a source.
/// Both are 0 when the province is unknown.
/// </summary>
public sealed class RegionFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["preferred_region", "same_province_as_source"];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var province = Province(state, candidate);
        values[0] = province is not null && PreferredRegion(state, province) is not null ? 1 : 0;
        values[1] = province is not null && state.Query.Sources.Any(s => Province(state, s) == province) ? 1 : 0;
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) =>
        value <= 0 ? null : feature == 0
            ? $"位于{PreferredRegion(state, Province(state, candidate)!)}"
            : $"与{FeatureText.SourceName(state)}同在{Province(state, candidate)}";

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        foreach (var e in g.OutEdges(candidate).ToArray())
        {
            if (g.EdgeType(e) == RelType.LocatedIn)
            {
                yield return e;
                yield break;
            }
        }
    }

    private static string? Province(QueryState state, int node) =>
        state.Graph.Snapshot.Node(node).Property(EnterpriseProps.Province) is { Length: > 0 } p && p != EnterpriseProps.Unknown ? p : null;

    private static string? PreferredRegion(QueryState state, string province) =>
        state.Settings.PreferredRegions.Where(r => r.Value.Contains(province, StringComparer.Ordinal)).Select(r => r.Key).Order(StringComparer.Ordinal).FirstOrDefault();
}
