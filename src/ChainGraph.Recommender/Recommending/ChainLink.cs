namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Why an enterprise is in a query's chain-grounded pool, in words a chain lead can repeat
/// (「主营锂电池隔膜（占营收62%），属于隔膜环节，供给链主X所在的动力电池环节」), how well it fits (0..1: its placement
/// weight in the segment, or the revenue share of its products that the anchor's products need), and the snapshot
/// edges that prove it (IN_SEGMENT, MAKES, IN_INDUSTRY, FEEDS, UPSTREAM_OF).
/// </summary>
public sealed record ChainLink(double Fit, string Text, IReadOnlyList<int> Edges);
