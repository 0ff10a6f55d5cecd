namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Which enterprises of a chain-grounded pool a request may see. By default only companies registered in mainland
/// China, outside the home region and without a plant or subsidiary there; risk-flagged ones are shown with their flag.
/// </summary>
public sealed record TargetFilter
{
    public static TargetFilter Default { get; } = new();

    /// <summary>Also show enterprises registered in Hong Kong, Macao, Taiwan or abroad, or whose location is unknown.</summary>
    public bool IncludeOutsideMainland { get; init; }

    /// <summary>Also show enterprises that already have a plant or subsidiary in the home region (marked).</summary>
    public bool IncludeLocalPresence { get; init; }

    /// <summary>Hide ST, *ST and 退市 enterprises instead of showing them flagged.</summary>
    public bool ExcludeRisk { get; init; }
}
