namespace ChainGraph.Cli.Bench;

/// <summary>Latency percentiles of the benchmarks, by the nearest-rank rule: the ⌈p·n⌉-th smallest value.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(sorted.Length * p) - 1, 0, sorted.Length - 1)];
    }
}
