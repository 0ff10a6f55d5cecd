using ChainGraph.Recommender.Ranking.Trees;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>
/// Fits a LambdaMART ranker (Burges 2010, "From RankNet to LambdaRank to LambdaMART") with ML.NET on
/// query-grouped training rows and copies its trees, with their training covers, for TreeSHAP.
/// </summary>
public static class TreeRankerLearner
{
    /// <summary>A new ML.NET context that can also load LightGBM-trained models.</summary>
    public static MLContext CreateContext(int seed)
    {
        var ml = new MLContext(seed);
        ml.ComponentCatalog.RegisterAssembly(typeof(LightGbmRankingModelParameters).Assembly);
        return ml;
    }

    public static TrainedRanker Fit(LearnerOptions options, TrainingData data, IReadOnlyList<string> features, MissingValues missing, TrainingReport report)
    {
        options.Validate();
        var columns = features.Count;
        var raw = data.Rows.ToArray();
        missing.CheckSeparable(raw, features);
        var rows = missing.Encode(raw);
        var ml = CreateContext(options.Seed);
        var view = RankerRows.Training(ml, rows, data.Labels, data.GroupSizes, columns);
        ITransformer model = options.Algorithm switch
        {
            RankerAlgorithm.FastTree => ml.Ranking.Trainers.FastTree(FastTreeOptions(options)).Fit(view),
            RankerAlgorithm.LightGbm => ml.Ranking.Trainers.LightGbm(LightGbmOptions(options)).Fit(view),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "Unknown ranker algorithm."),
        };

        var ensemble = TrainedRanker.EnsembleOf(model);
        var trees = TreeEnsembleModel.FromMlNet(ensemble, TreeEnsembleModel.CountLeaves(ensemble, rows, columns), columns);
        var scores = TrainedRanker.RawScores(ml, model, rows, columns);
        CheckCopy(trees, rows, scores);
        return new TrainedRanker(ml, model, trees, missing, ScoreScale.FromScores(scores), features, report);
    }

    // The explanations are only exact if the copied trees score rows as ML.NET does: check a sample.
    private static void CheckCopy(TreeEnsembleModel trees, float[] rows, float[] scores)
    {
        var columns = trees.FeatureCount;
        for (var r = 0; r < Math.Min(scores.Length, 2_000); r++)
        {
            var copy = trees.Score(rows.AsSpan(r * columns, columns));
            if (Math.Abs(copy - scores[r]) > 1e-4 * Math.Max(1, Math.Abs(scores[r])))
            {
                throw new InvalidOperationException($"The copied trees score training row {r} as {copy}, ML.NET as {scores[r]}: explanations would not add up.");
            }
        }
    }

    private static FastTreeRankingTrainer.Options FastTreeOptions(LearnerOptions o) => new()
    {
        LabelColumnName = RankerRows.Label,
        RowGroupColumnName = RankerRows.Group,
        FeatureColumnName = RankerRows.Features,
        NumberOfTrees = o.Trees,
        NumberOfLeaves = o.Leaves,
        LearningRate = o.LearningRate,
        MinimumExampleCountPerLeaf = o.MinRowsPerLeaf,
        FeatureFraction = o.FeatureFraction,
        BaggingSize = o.RowFraction < 1 ? 1 : 0,
        BaggingExampleFraction = o.RowFraction,
        FeatureFirstUsePenalty = o.FeatureFirstUsePenalty,
        NdcgTruncationLevel = o.NdcgAt,
        Seed = o.Seed,
        FeatureSelectionSeed = o.Seed,
        NumberOfThreads = o.Threads,
    };

    private static LightGbmRankingTrainer.Options LightGbmOptions(LearnerOptions o) => new()
    {
        LabelColumnName = RankerRows.Label,
        RowGroupColumnName = RankerRows.Group,
        FeatureColumnName = RankerRows.Features,
        NumberOfIterations = o.Trees,
        NumberOfLeaves = o.Leaves,
        LearningRate = o.LearningRate,
        MinimumExampleCountPerLeaf = o.MinRowsPerLeaf,
        Seed = o.Seed,
        NumberOfThreads = o.Threads,
        Deterministic = true,
        Silent = true,
        Verbose = false,
        EvaluationMetric = LightGbmRankingTrainer.Options.EvaluateMetricType.NormalizedDiscountedCumulativeGain,
        Booster = new GradientBooster.Options
        {
            FeatureFraction = o.FeatureFraction,
            SubsampleFraction = o.RowFraction,
            SubsampleFrequency = o.RowFraction < 1 ? 1 : 0,
            L2Regularization = o.L2Regularization,
            MaximumTreeDepth = o.MaxDepth,
        },
    };
}
