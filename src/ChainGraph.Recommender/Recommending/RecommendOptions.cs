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

    /// <summary>The date the query is asked on: no fact after it is used; null means the whole graph.</summary>
    public DateOnly? AsOf { get; init; }

    public void Validate()
    {
        if (Top is < 1 or > MaxTop)
        {
            throw new ArgumentOutOfRangeException(nameof(Top), Top, $"Top must be within 1..{MaxTop}.");
        }

        if (Reasons is < 0 or > 20 || Evidence is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(Reasons), $"Reasons must be within 0..20 and Evidence within 0..50 (got {Reasons}, {Evidence}).");
        }
    }
}
