namespace ChainGraph.Recommender.Outcomes;

/// <summary>The outcome labels placed on a snapshot, and why the others could not be (for the training log).</summary>
public sealed record OutcomeSet(IReadOnlyList<ResolvedOutcome> Outcomes, IReadOnlyList<string> Skipped)
{
    public static OutcomeSet Empty { get; } = new([], []);

    public int Positives => Outcomes.Count(o => o.Positive);

    public int Negatives => Outcomes.Count(o => !o.Positive);
}
