namespace ChainGraph.Core.Chains;

/// <summary>
/// The verdict on one segment for the home region (DESIGN.md, "Chain map and gaps"):
/// <see cref="Missing"/> when something local depends on it (demand &gt; 0) but no local enterprise is in it,
/// <see cref="Weak"/> when its location quotient is below the configured threshold, else <see cref="Strong"/>.
/// </summary>
public enum SegmentStatus
{
    Missing,
    Weak,
    Strong,
}
