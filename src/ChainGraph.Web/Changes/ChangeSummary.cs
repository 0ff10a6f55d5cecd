using ChainGraph.Core.Changes;

namespace ChainGraph.Web.Changes;

/// <summary>One chain's line in the 近30天 block of 产业链总览: counts and a few highlights in Chinese.</summary>
public sealed record ChangeSummary(
    string ChainId,
    string ChainName,
    DateOnly From,
    DateOnly To,
    ChangeCounts Counts,
    IReadOnlyList<string> Highlights);
