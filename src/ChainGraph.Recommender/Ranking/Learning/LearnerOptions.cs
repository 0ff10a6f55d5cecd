using System.Globalization;

namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>
/// Settings of the boosted-tree ranker (section <c>ChainGraph:Recommender:Training:Learner</c>). The
/// defaults were chosen on internal cut-offs of the history (docs/recommender.md has the table). A fixed
/// <see cref="Seed"/> and <see cref="Threads"/> make training reproducible: same data, same trees.
/// </summary>
public sealed record LearnerOptions
{
    public RankerAlgorithm Algorithm { get; init; } = RankerAlgorithm.FastTree;

    public int Trees { get; init; } = 200;

    public int Leaves { get; init; } = 4;

    public double LearningRate { get; init; } = 0.05;

    /// <summary>Fewest training rows a leaf may hold (a guard against leaves fitted to one or two links).</summary>
    public int MinRowsPerLeaf { get; init; } = 20;

    /// <summary>Share of the features each tree may use (column subsampling).</summary>
    public double FeatureFraction { get; init; } = 0.8;

    /// <summary>Share of the rows each tree learns from (row subsampling, a new sample every tree); 1 = all.</summary>
    public double RowFraction { get; init; } = 0.8;

    /// <summary>FastTree only: gain a feature's first split must beat (in LambdaMART gain units; 0 = none).</summary>
    public double FeatureFirstUsePenalty { get; init; }

    /// <summary>LightGbm only: deepest a tree may grow (0 = no limit; FastTree is limited by <see cref="Leaves"/> alone).</summary>
    public int MaxDepth { get; init; }

    /// <summary>LightGbm only: L2 regularization of leaf values.</summary>
    public double L2Regularization { get; init; }

    /// <summary>NDCG truncation the LambdaMART gradients aim at (the evaluation reports NDCG@10).</summary>
    public int NdcgAt { get; init; } = 10;

    public int Seed { get; init; } = 42;

    /// <summary>Training threads; fixed so a run is reproducible (the machine budget is 2 cores).</summary>
    public int Threads { get; init; } = 2;

    public void Validate()
    {
        Check(Trees is >= 1 and <= 5_000, nameof(Trees), Trees, "1..5000");
        Check(Leaves is >= 2 and <= 256, nameof(Leaves), Leaves, "2..256");
        Check(LearningRate is > 0 and <= 1, nameof(LearningRate), LearningRate, "(0, 1]");
        Check(MinRowsPerLeaf is >= 1 and <= 100_000, nameof(MinRowsPerLeaf), MinRowsPerLeaf, "1..100000");
        Check(FeatureFraction is > 0 and <= 1, nameof(FeatureFraction), FeatureFraction, "(0, 1]");
        Check(RowFraction is > 0 and <= 1, nameof(RowFraction), RowFraction, "(0, 1]");
        Check(FeatureFirstUsePenalty >= 0, nameof(FeatureFirstUsePenalty), FeatureFirstUsePenalty, "≥ 0");
        Check(MaxDepth is >= 0 and <= 64, nameof(MaxDepth), MaxDepth, "0..64");
        Check(L2Regularization >= 0, nameof(L2Regularization), L2Regularization, "≥ 0");
        Check(NdcgAt is >= 1 and <= 1_000, nameof(NdcgAt), NdcgAt, "1..1000");
        Check(Threads is >= 1 and <= 256, nameof(Threads), Threads, "1..256 (a fixed count keeps training reproducible)");
    }

    /// <summary>The settings as name/value pairs for the training report.</summary>
    public IReadOnlyDictionary<string, string> Describe()
    {
        var c = CultureInfo.InvariantCulture;
        return new Dictionary<string, string>
        {
            ["algorithm"] = Algorithm.ToString(),
            ["trees"] = Trees.ToString(c),
            ["leaves"] = Leaves.ToString(c),
            ["learning_rate"] = LearningRate.ToString("R", c),
            ["min_rows_per_leaf"] = MinRowsPerLeaf.ToString(c),
            ["feature_fraction"] = FeatureFraction.ToString("R", c),
            ["row_fraction"] = RowFraction.ToString("R", c),
            ["feature_first_use_penalty"] = FeatureFirstUsePenalty.ToString("R", c),
            ["max_depth"] = MaxDepth.ToString(c),
            ["l2_regularization"] = L2Regularization.ToString("R", c),
            ["ndcg_at"] = NdcgAt.ToString(c),
            ["seed"] = Seed.ToString(c),
            ["threads"] = Threads.ToString(c),
        };
    }

    private static void Check(bool ok, string name, object value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"ChainGraph:Recommender:Training:Learner:{name} is {value}; it must be within {range}.");
        }
    }
}
