namespace ChainGraph.Recommender.Features.Families;

/// <summary>Recency of activity: days since the candidate's latest dated relationship (missing when it has none).</summary>
public sealed class RecencyFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["days_since_active"];

    /// <summary>No dated relationship: active longer ago than any dated one, not "today".</summary>
    public IReadOnlyList<MissingSide> Missing { get; } = [MissingSide.High];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var latest = state.Graph.LatestDay[candidate];
        values[0] = latest == int.MinValue ? float.NaN : Math.Max(0, state.Graph.Today - latest);
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) =>
        value is >= 0 and <= 30 ? (value < 1 ? "最近仍有新动态" : $"{(int)value}天前仍有新动态") : null;

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        var latest = state.Graph.LatestDay[candidate];
        foreach (var e in g.OutEdges(candidate).ToArray().Concat(g.InEdges(candidate).ToArray()))
        {
            if (g.EdgeSince(e)?.DayNumber == latest)
            {
                yield return e;
                yield break;
            }
        }
    }
}
