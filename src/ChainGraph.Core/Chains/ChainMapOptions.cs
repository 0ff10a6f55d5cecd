namespace ChainGraph.Core.Chains;

/// <summary>Thresholds of the chain map (section <c>ChainGraph:ChainMap</c>); docs/chains.md, "Status".</summary>
public sealed class ChainMapOptions
{
    public const string Section = "ChainGraph:ChainMap";

    /// <summary>A segment with local enterprises whose location quotient is below this is weak (DESIGN.md: default 0.5).</summary>
    public double WeakThreshold { get; set; } = 0.5;

    /// <summary>How much more an anchor's dependence counts in a segment's demand than any other local enterprise's.</summary>
    public double AnchorWeight { get; set; } = 3.0;

    /// <summary>
    /// A strong segment needs at least this many local enterprises (default 2: one firm, however specialised, is a
    /// single point of failure, not a strong link)…
    /// </summary>
    public int StrongMinEnterprises { get; set; } = 2;

    /// <summary>
    /// …or at least this much local placement weight. One enterprise's placement weight is at most 1, so the default
    /// 1.5 never lets a single firm count as strong; set it to 1 to accept one firm wholly in the segment.
    /// </summary>
    public double StrongMinLocalWeight { get; set; } = 1.5;

    /// <summary>An optional chain lead's override file (pin/remove enterprises in segments) applied on top of the shipped one.</summary>
    public string? OverridesPath { get; set; }

    public void Validate()
    {
        if (!(WeakThreshold is >= 0 and <= 10))
        {
            throw new InvalidOperationException($"{Section}:WeakThreshold is {WeakThreshold}; it must be between 0 and 10 (a location quotient; 1 = the chain's average).");
        }

        if (!(AnchorWeight is >= 1 and <= 100))
        {
            throw new InvalidOperationException($"{Section}:AnchorWeight is {AnchorWeight}; it must be between 1 and 100.");
        }

        if (StrongMinEnterprises is < 1 or > 1000)
        {
            throw new InvalidOperationException($"{Section}:StrongMinEnterprises is {StrongMinEnterprises}; it must be between 1 and 1000 (local enterprises a strong segment needs).");
        }

        if (!(StrongMinLocalWeight is > 0 and <= 1000))
        {
            throw new InvalidOperationException($"{Section}:StrongMinLocalWeight is {StrongMinLocalWeight}; it must be above 0 and at most 1000 (Σ placement weight; one enterprise adds at most 1).");
        }

        if (OverridesPath is { Length: > 0 } path && !File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}:OverridesPath '{path}' does not exist; point it at a YAML override file or remove the setting.");
        }
    }
}
