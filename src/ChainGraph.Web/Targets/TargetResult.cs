using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Web.Targets;

/// <summary>
/// A ranked, filtered target list with what produced it: the chain-grounded pool (<see cref="Pool"/>) and the
/// recommender's notes in Chinese (where the candidates come from, who was left out, why the list is short).
/// </summary>
public sealed record TargetResult(string Title, string HomeRegion, string Model, int CandidatesScored, int FilteredOut, IReadOnlyList<TargetRow> Rows)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public PoolSummary Pool { get; init; } = PoolSummary.Empty;
}
