using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>The outcome of an evaluation: the number of ranked facts and each method's metrics (model first), plus how it was set up.</summary>
public sealed record EvalReport(
    int Queries,
    IReadOnlyList<KeyValuePair<string, MethodMetrics>> Methods,
    DateOnly Cutoff,
    int HorizonDays,
    int HistoryFacts,
    int Candidates,
    TrainingReport Training);
