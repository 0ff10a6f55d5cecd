namespace ChainGraph.Recommender.Features;

/// <summary>Where a feature's missing value (NaN) belongs on its scale, so a learner that takes no NaN can place it there.</summary>
public enum MissingSide
{
    /// <summary>Below every real value: "none known" (an unknown registered capital).</summary>
    Low,

    /// <summary>Beyond every real value: "further than any" (a rank never reached, a last activity infinitely long ago).</summary>
    High,
}
