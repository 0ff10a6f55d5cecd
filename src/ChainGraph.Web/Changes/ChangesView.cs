using ChainGraph.Core.Changes;
using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Changes;

/// <summary>产业链动态 of one chain as the page shows it: the window, counts, and one row per change (newest first).</summary>
public sealed record ChangesView(
    string ChainId,
    string ChainName,
    HomeRegion Home,
    DateOnly From,
    DateOnly To,
    ChangeCounts Counts,
    IReadOnlyList<ChangesTable.Row> Rows);
