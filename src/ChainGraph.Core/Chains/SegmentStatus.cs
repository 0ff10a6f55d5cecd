namespace ChainGraph.Core.Chains;

/// <summary>
/// The verdict on one segment for the home region (docs/chains.md, "Status"):
/// <see cref="Missing"/> when no local enterprise is in it (its demand says how urgent: 急需 when local
/// firms or anchors depend on it), <see cref="Weak"/> when local presence is below the bar (location quotient
/// under the threshold, or too few local firms), else <see cref="Strong"/>.
/// </summary>
public enum SegmentStatus
{
    Missing,
    Weak,
    Strong,
}
