namespace ChainGraph.Recommender.Ranking;

/// <summary>What a model was trained on and how it did on held-out queries; saved beside the model.</summary>
public sealed record TrainingReport(
    DateOnly DataFrom,
    DateOnly DataTo,
    IReadOnlyList<DateOnly> InternalCutoffs,
    int TrainingQueries,
    int TrainingRows,
    int TrainingPositives,
    int ValidationQueries,
    double ValidationNdcg10,
    double ValidationMrr,
    double ValidationRecall,
    IReadOnlyList<string> Features,
    IReadOnlyDictionary<string, string> Parameters);
