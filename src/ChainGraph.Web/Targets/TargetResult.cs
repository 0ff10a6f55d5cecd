namespace ChainGraph.Web.Targets;

/// <summary>A ranked, filtered target list with what produced it.</summary>
public sealed record TargetResult(string Title, string HomeRegion, string Model, int CandidatesScored, int FilteredOut, IReadOnlyList<TargetRow> Rows);
