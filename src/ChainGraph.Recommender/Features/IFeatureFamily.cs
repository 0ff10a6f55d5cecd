namespace ChainGraph.Recommender.Features;

/// <summary>
/// One family of ranking features (common neighbours, region preference, …). Families are registered
/// in order in <see cref="FeatureSet"/>; adding a feature is adding a class. A family sees only
/// <see cref="QueryState.Graph"/>, a snapshot cut at the query date, so it cannot read the future.
/// </summary>
public interface IFeatureFamily
{
    /// <summary>Stable feature names (snake_case); they are saved with the model and must not be reordered.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Per feature: +1 when a higher value may never lower the score, -1 when it may never raise it, 0
    /// when unconstrained: a domain prior ("more shared partners never hurts"). ML.NET's trainers take no
    /// monotone constraints; the prior sets the default <see cref="Missing"/> side and documents the feature.
    /// </summary>
    IReadOnlyList<int> Monotone => new int[Names.Count];

    /// <summary>
    /// Per feature: what a missing value (NaN) means on the feature's scale. Default: beyond the last value
    /// for decreasing features (ranks: a candidate never reached ranks after every ranked one), below every
    /// value otherwise (unknown = none known). Override where "missing" means "further than any" on an
    /// increasing scale (no dated relationship = active infinitely long ago).
    /// </summary>
    IReadOnlyList<MissingSide> Missing => Monotone.Select(m => m < 0 ? MissingSide.High : MissingSide.Low).ToArray();

    /// <summary>Writes this family's values for <paramref name="candidate"/> into <paramref name="values"/> (length = Names.Count); NaN means missing.</summary>
    void Compute(QueryState state, int candidate, Span<float> values);

    /// <summary>A short Chinese reason for feature <paramref name="feature"/> (index into Names) having pushed the score up, or null.</summary>
    string? Reason(QueryState state, int candidate, int feature, float value) => null;

    /// <summary>Edge indices of the snapshot that back this family's reasons for <paramref name="candidate"/>.</summary>
    IEnumerable<int> Evidence(QueryState state, int candidate) => [];
}
