namespace ChainGraph.Recommender.Recommending;

/// <summary>Per-query settings of a recommendation request.</summary>
public sealed record RecommendOptions
{
    public const int MaxTop = 500;

    /// <summary>How many targets to return (1..<see cref="MaxTop"/>).</summary>
    public int Top { get; init; } = 20;

    /// <summary>How many reasons (top positive SHAP contributions) each target carries.</summary>
    public int Reasons { get; init; } = 3;

    /// <summary>How many evidence facts each target carries at most.</summary>
    public int Evidence { get; init; } = 5;

    /// <summary>Which enterprises of the chain-grounded pool may be shown (mainland only, no local presence, risk flagged by default).</summary>
    public TargetFilter Filter { get; init; } = TargetFilter.Default;

    /// <summary>The date the query is asked on: no fact after it is used; null means the whole graph.</summary>
    public DateOnly? AsOf { get; init; }

    public void Validate()
    {
        if (Top is < 1 or > MaxTop)
        {
            throw new ArgumentOutOfRangeException(nameof(Top), Top, $"返回数量 {Top} 超出范围，应在 1 到 {MaxTop} 之间。");
        }

        if (Reasons is < 0 or > 20 || Evidence is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(Reasons), $"理由数应在 0 到 20 之间、证据数应在 0 到 50 之间（收到 {Reasons}、{Evidence}）。");
        }
    }
}
