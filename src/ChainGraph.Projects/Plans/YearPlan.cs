namespace ChainGraph.Projects.Plans;

/// <summary>
/// A year's investment-promotion targets as a plan states them (ingest/plans/*.yaml): which plan, for which
/// region and year, and each target with the sentence it comes from.
/// </summary>
public sealed record YearPlan(string Id, string Name, string Region, int Year, string Source, IReadOnlyList<PlanTarget> Targets)
{
    /// <summary>The file it was read from, for messages.</summary>
    public string File { get; init; } = "";
}
