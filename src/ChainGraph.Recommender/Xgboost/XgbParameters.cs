using System.Globalization;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>
/// Booster settings for a LambdaMART ranker (objective <c>rank:ndcg</c>, Burges 2010 "From RankNet to
/// LambdaRank to LambdaMART"). Fixed <see cref="Seed"/> and <see cref="Threads"/> make training
/// reproducible: the exact tree method with the same data and thread count builds the same trees.
/// </summary>
public sealed record XgbParameters
{
    public string Objective { get; init; } = "rank:ndcg";

    public double Eta { get; init; } = 0.1;

    public int MaxDepth { get; init; } = 6;

    public int Rounds { get; init; } = 100;

    public int Seed { get; init; } = 42;

    public int Threads { get; init; } = 2;

    public double MinChildWeight { get; init; } = 1;

    public double Subsample { get; init; } = 1;

    public double ColumnSample { get; init; } = 1;

    public string EvalMetric { get; init; } = "ndcg@10";

    public string TreeMethod { get; init; } = "hist";

    /// <summary>Any further native parameters, passed verbatim (later entries win).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>The parameters as XGBoost's name/value strings, in the order they are set.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToNative()
    {
        var c = CultureInfo.InvariantCulture;
        yield return new("objective", Objective);
        yield return new("eta", Eta.ToString("R", c));
        yield return new("max_depth", MaxDepth.ToString(c));
        yield return new("seed", Seed.ToString(c));
        yield return new("nthread", Threads.ToString(c));
        yield return new("min_child_weight", MinChildWeight.ToString("R", c));
        yield return new("subsample", Subsample.ToString("R", c));
        yield return new("colsample_bytree", ColumnSample.ToString("R", c));
        yield return new("eval_metric", EvalMetric);
        yield return new("tree_method", TreeMethod);
        yield return new("verbosity", "0");
        foreach (var pair in Extra)
        {
            yield return pair;
        }
    }

    public void Validate()
    {
        if (Rounds is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Rounds), Rounds, "Rounds must be within 1..10000.");
        }

        if (Threads is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be within 1..256 (a fixed count keeps training reproducible).");
        }
    }
}
