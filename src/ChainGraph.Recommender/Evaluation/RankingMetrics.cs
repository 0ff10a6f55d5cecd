namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// Link-prediction metrics for one true item in a filtered ranking, with ties broken uniformly at
/// random and the expectation taken exactly: if <c>better</c> candidates score above the true item
/// and <c>ties</c> others score the same, its rank is uniform on better+1 … better+ties+1.
/// MRR is the mean reciprocal rank (Voorhees 1999), Hits@k the share ranked within k, and NDCG@10
/// with one relevant item is 1 / log2(1 + rank) when rank ≤ 10 (Järvelin and Kekäläinen 2002).
/// </summary>
public static class RankingMetrics
{
    public static double ReciprocalRank(long better, long ties) => Mean(better, ties, r => 1.0 / r, long.MaxValue);

    public static double HitsAt(int k, long better, long ties)
    {
        var first = better + 1;
        var last = better + ties + 1;
        var inside = Math.Max(0, Math.Min(k, last) - first + 1);
        return (double)inside / (ties + 1);
    }

    public static double NdcgAt(int k, long better, long ties) => Mean(better, ties, r => 1.0 / Math.Log2(1 + r), k);

    /// <summary>(better, ties) of <paramref name="trueScore"/> among <paramref name="others"/>; NaN scores (unscored) rank after every scored one.</summary>
    public static (long Better, long Ties) Position(double trueScore, IEnumerable<double> others)
    {
        long better = 0;
        long ties = 0;
        var t = double.IsNaN(trueScore) ? double.NegativeInfinity : trueScore;
        foreach (var raw in others)
        {
            var s = double.IsNaN(raw) ? double.NegativeInfinity : raw;
            if (s > t)
            {
                better++;
            }
            else if (s == t)
            {
                ties++;
            }
        }

        return (better, ties);
    }

    // Mean of f(rank) over rank = better+1 .. better+ties+1, f taken as 0 beyond maxRank. Large tie
    // groups use the harmonic-number difference for 1/r instead of a loop.
    private static double Mean(long better, long ties, Func<long, double> f, long maxRank)
    {
        var first = better + 1;
        var last = Math.Min(better + ties + 1, maxRank);
        if (last < first)
        {
            return 0;
        }

        double sum;
        if (maxRank == long.MaxValue && last - first > 10_000)
        {
            sum = Harmonic(last) - Harmonic(first - 1);
        }
        else
        {
            sum = 0;
            for (var r = first; r <= last; r++)
            {
                sum += f(r);
            }
        }

        return sum / (ties + 1);
    }

    // H(n) ≈ ln n + γ + 1/(2n) − 1/(12n²), exact enough (error < 1e-9) for n > 1000.
    private static double Harmonic(long n)
    {
        if (n <= 1000)
        {
            var h = 0.0;
            for (var i = 1; i <= n; i++)
            {
                h += 1.0 / i;
            }

            return h;
        }

        const double euler = 0.5772156649015329;
        return Math.Log(n) + euler + (1.0 / (2 * n)) - (1.0 / (12.0 * n * n));
    }
}
