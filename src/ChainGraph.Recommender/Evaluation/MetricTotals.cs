namespace ChainGraph.Recommender.Evaluation;

/// <summary>Accumulates one method's metrics over queries.</summary>
public sealed class MetricTotals
{
    private double _mrr;
    private double _hits1;
    private double _hits10;
    private double _ndcg10;

    public int Queries { get; private set; }

    public void Add(long better, long ties)
    {
        _mrr += RankingMetrics.ReciprocalRank(better, ties);
        _hits1 += RankingMetrics.HitsAt(1, better, ties);
        _hits10 += RankingMetrics.HitsAt(10, better, ties);
        _ndcg10 += RankingMetrics.NdcgAt(10, better, ties);
        Queries++;
    }

    public MethodMetrics ToMetrics() => Queries == 0
        ? new MethodMetrics(0, 0, 0, 0)
        : new MethodMetrics(_mrr / Queries, _hits1 / Queries, _hits10 / Queries, _ndcg10 / Queries);
}
