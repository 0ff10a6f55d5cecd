namespace ChainGraph.Core.Chains;

/// <summary>Where a segment sits in its chain: raw materials and parts, core products and systems, end products and services.</summary>
public enum Stage
{
    Upstream,
    Midstream,
    Downstream,
}
