namespace ChainGraph.Core.Chains;

/// <summary>Why a segment got its <see cref="SegmentStatus"/>: the rule that decided, so every surface can say it in words.</summary>
public enum StatusReason
{
    /// <summary>Missing: no local enterprise, while the graph holds enterprises of the segment elsewhere.</summary>
    NoLocalEnterprise,

    /// <summary>Missing: no local enterprise, and no enterprise of the segment anywhere in the graph (a gap of the data as much as of the region).</summary>
    NoEnterpriseAnywhere,

    /// <summary>Weak: local enterprises are there, but the location quotient is below the threshold.</summary>
    LowLocationQuotient,

    /// <summary>Weak: the location quotient is high enough, but too few local enterprises (or too little placement weight) stand behind it.</summary>
    TooFewLocal,

    /// <summary>Strong: location quotient at or above the threshold, and enough local enterprises.</summary>
    Strong,
}
