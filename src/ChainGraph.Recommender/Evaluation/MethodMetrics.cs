namespace ChainGraph.Recommender.Evaluation;

/// <summary>Mean filtered metrics of one method (JSON: mrr, hits1, hits10, ndcg10).</summary>
public sealed record MethodMetrics(double Mrr, double Hits1, double Hits10, double Ndcg10);
