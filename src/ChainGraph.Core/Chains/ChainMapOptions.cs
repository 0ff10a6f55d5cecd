namespace ChainGraph.Core.Chains;

/// <summary>Thresholds of the chain map (section <c>ChainGraph:ChainMap</c>).</summary>
public sealed class ChainMapOptions
{
    public const string Section = "ChainGraph:ChainMap";

    /// <summary>A segment whose location quotient is below this is weak (DESIGN.md: default 0.5).</summary>
    public double WeakThreshold { get; set; } = 0.5;

    /// <summary>How much more an anchor's dependence counts in a segment's demand than any other local enterprise's.</summary>
    public double AnchorWeight { get; set; } = 3.0;

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

        if (OverridesPath is { Length: > 0 } path && !File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}:OverridesPath '{path}' does not exist; point it at a YAML override file or remove the setting.");
        }
    }
}
