using ChainGraph.Recommender.Ranking.Learning;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// How the ranker learns from a dated graph (section <c>ChainGraph:Recommender:Training</c>): it cuts
/// the history at <see cref="Windows"/> earlier internal cut-offs, <c>horizon</c> days apart, and
/// learns to predict each window's new links from the graph before it.
/// </summary>
public sealed record RankerOptions
{
    public const string Section = "ChainGraph:Recommender:Training";

    /// <summary>
    /// How many internal cut-offs to learn from: the latest is one horizon before the end, the others
    /// step back by a third of the horizon (overlapping label windows, so short histories still give
    /// enough examples). The latest window also validates a model trained on the windows before it.
    /// </summary>
    public int Windows { get; init; } = 12;

    /// <summary>Candidates recalled per query for the model to rerank.</summary>
    public int RecallSize { get; init; } = 300;

    /// <summary>
    /// Negatives kept per training query (a seeded sample of the recalled non-links; all positives are
    /// kept). Sampling keeps training fast; the ranking objective only compares within a query.
    /// </summary>
    public int NegativesPerQuery { get; init; } = 100;

    /// <summary>
    /// Training queries kept per window (<see cref="QuerySample"/>, seeded): bounds training time and memory
    /// on a city-scale graph. The demo's windows hold a few hundred, so it learns from all of them.
    /// </summary>
    public int MaxQueriesPerWindow { get; init; } = 1_000;

    /// <summary>Also learn the reverse form (who will link to this enterprise), needed for upstream queries.</summary>
    public bool IncludeReverse { get; init; } = true;

    /// <summary>The ML.NET tree learner and its settings (<c>ChainGraph:Recommender:Training:Learner</c>).</summary>
    public LearnerOptions Learner { get; init; } = new();

    public void Validate()
    {
        if (Windows is < 1 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(Windows), Windows, "Windows must be within 1..24.");
        }

        if (NegativesPerQuery is < 1 or > 5000)
        {
            throw new ArgumentOutOfRangeException(nameof(NegativesPerQuery), NegativesPerQuery, "NegativesPerQuery must be within 1..5000.");
        }

        if (MaxQueriesPerWindow is < 10 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxQueriesPerWindow), MaxQueriesPerWindow, "MaxQueriesPerWindow must be within 10..1,000,000.");
        }

        if (RecallSize is < 10 or > 5000)
        {
            throw new ArgumentOutOfRangeException(nameof(RecallSize), RecallSize, "RecallSize must be within 10..5000.");
        }

        Learner.Validate();
    }
}
