namespace ChainGraph.Web.Lists;

/// <summary>One saved list in the list of lists.</summary>
public sealed record TargetListSummary(long Id, string Name, string Title, int RowCount, string CreatedBy, DateTimeOffset CreatedAt);
