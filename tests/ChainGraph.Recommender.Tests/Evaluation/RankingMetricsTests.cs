using ChainGraph.Recommender.Evaluation;

namespace ChainGraph.Recommender.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    // Hand-computed: rank r (no ties) → RR = 1/r, NDCG@10 = 1/log2(1+r) when r ≤ 10.
    [Theory]
    [InlineData(0, 1.0, 1.0, 1.0, 1.0)]
    [InlineData(1, 0.5, 0.0, 1.0, 0.6309297535714575)]
    [InlineData(2, 1.0 / 3, 0.0, 1.0, 0.5)]
    [InlineData(9, 0.1, 0.0, 1.0, 0.2890648263178879)]
    [InlineData(10, 1.0 / 11, 0.0, 0.0, 0.0)]
    public void Metrics_NoTies_MatchHandComputedValues(long better, double rr, double hits1, double hits10, double ndcg10)
    {
        Assert.Equal(rr, RankingMetrics.ReciprocalRank(better, 0), 12);
        Assert.Equal(hits1, RankingMetrics.HitsAt(1, better, 0), 12);
        Assert.Equal(hits10, RankingMetrics.HitsAt(10, better, 0), 12);
        Assert.Equal(ndcg10, RankingMetrics.NdcgAt(10, better, 0), 12);
    }

    [Fact]
    public void Metrics_Ties_AverageOverTiedPositions()
    {
        // One above, two tied: rank is 2, 3 or 4 with probability 1/3 each.
        Assert.Equal(((1.0 / 2) + (1.0 / 3) + (1.0 / 4)) / 3, RankingMetrics.ReciprocalRank(1, 2), 12);
        Assert.Equal(0, RankingMetrics.HitsAt(1, 1, 2), 12);
        Assert.Equal(2.0 / 3, RankingMetrics.HitsAt(3, 1, 2), 12);
        Assert.Equal(((1 / Math.Log2(3)) + (1 / Math.Log2(4)) + (1 / Math.Log2(5))) / 3, RankingMetrics.NdcgAt(10, 1, 2), 12);
    }

    [Fact]
    public void ReciprocalRank_HugeTieGroup_MatchesHarmonicSum()
    {
        var exact = 0.0;
        for (var r = 6; r <= 20_006; r++)
        {
            exact += 1.0 / r;
        }

        Assert.Equal(exact / 20_001, RankingMetrics.ReciprocalRank(5, 20_000), 9);
    }

    [Fact]
    public void Position_UnscoredCandidates_RankAfterScoredOnes()
    {
        // The true item is unscored (NaN): the two scored candidates beat it, the other unscored one ties.
        var (better, ties) = RankingMetrics.Position(double.NaN, [0.2, -5, double.NaN]);
        Assert.Equal((2L, 1L), (better, ties));

        // A scored true item beats every unscored candidate, however low its score.
        Assert.Equal((0L, 0L), RankingMetrics.Position(-100, [double.NaN, double.NaN]));
    }

    [Fact]
    public void MetricTotals_TwoQueries_AveragesThem()
    {
        var totals = new MetricTotals();
        totals.Add(0, 0);
        totals.Add(3, 0);
        var m = totals.ToMetrics();
        Assert.Equal(2, totals.Queries);
        Assert.Equal((1 + 0.25) / 2, m.Mrr, 12);
        Assert.Equal(0.5, m.Hits1, 12);
        Assert.Equal(1.0, m.Hits10, 12);
        Assert.Equal((1 + (1 / Math.Log2(5))) / 2, m.Ndcg10, 12);
    }
}
