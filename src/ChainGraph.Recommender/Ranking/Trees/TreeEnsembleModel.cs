using Microsoft.ML.Trainers.FastTree;

namespace ChainGraph.Recommender.Ranking.Trees;

/// <summary>
/// The trees of a trained ML.NET ranker with their covers, for exact explanations: the score of a row is
/// <see cref="Bias"/> plus each tree's weighted leaf value (what ML.NET computes), and
/// <see cref="Contributions"/> splits that score into one SHAP value per feature plus
/// <see cref="ExpectedValue"/>, summing to it exactly.
/// </summary>
public sealed class TreeEnsembleModel
{
    public TreeEnsembleModel(IReadOnlyList<DecisionTree> trees, double bias, int featureCount)
    {
        Trees = trees;
        Bias = bias;
        FeatureCount = featureCount;
        ExpectedValue = bias + trees.Sum(t => t.ExpectedOutput());
        if (trees.SelectMany(t => t.SplitFeature).Any(f => f < 0 || f >= featureCount))
        {
            throw new ArgumentException($"A tree splits on a feature outside 0..{featureCount - 1}.", nameof(trees));
        }
    }

    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>ML.NET's ensemble bias (added to every score).</summary>
    public double Bias { get; }

    public int FeatureCount { get; }

    /// <summary>The mean score over the training rows: the SHAP base value every explanation starts from.</summary>
    public double ExpectedValue { get; }

    /// <summary>
    /// Copies the trees of an ML.NET tree ensemble. <paramref name="leafCovers"/> gives, per tree, the training
    /// rows per leaf (see <see cref="CountLeaves"/>); ML.NET does not keep them. Categorical splits are refused:
    /// the ranker's features are all numerical.
    /// </summary>
    public static TreeEnsembleModel FromMlNet(TreeEnsemble<RegressionTree> ensemble, IReadOnlyList<double[]> leafCovers, int featureCount)
    {
        if (leafCovers.Count != ensemble.Trees.Count)
        {
            throw new InvalidDataException($"The model has {ensemble.Trees.Count} trees but covers for {leafCovers.Count}.");
        }

        var trees = new List<DecisionTree>(ensemble.Trees.Count);
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                throw new InvalidDataException($"Tree {t} has a categorical split; the ranker's features are numerical.");
            }

            if (leafCovers[t].Length != tree.NumberOfLeaves)
            {
                throw new InvalidDataException($"Tree {t} has {tree.NumberOfLeaves} leaves but {leafCovers[t].Length} leaf covers.");
            }

            var splits = tree.NumberOfLeaves - 1;
            trees.Add(new DecisionTree(
                tree.NumericalSplitFeatureIndexes.Take(splits).ToArray(),
                tree.NumericalSplitThresholds.Take(splits).ToArray(),
                tree.LeftChild.Take(splits).ToArray(),
                tree.RightChild.Take(splits).ToArray(),
                tree.LeafValues.Take(tree.NumberOfLeaves).ToArray(),
                ensemble.TreeWeights[t],
                leafCovers[t]));
        }

        return new TreeEnsembleModel(trees, ensemble.Bias, featureCount);
    }

    /// <summary>
    /// Training rows per leaf of every tree of <paramref name="ensemble"/>. A leaf no training row reaches
    /// means the copy routes rows differently from the trainer: that is a bug, so it throws.
    /// </summary>
    public static IReadOnlyList<double[]> CountLeaves(TreeEnsemble<RegressionTree> ensemble, ReadOnlySpan<float> rows, int featureCount)
    {
        var unit = ensemble.Trees.Select(t => Enumerable.Repeat(1.0, t.NumberOfLeaves).ToArray()).ToArray();
        var shape = FromMlNet(ensemble, unit, featureCount);
        var counts = ensemble.Trees.Select(t => new double[t.NumberOfLeaves]).ToArray();
        for (var offset = 0; offset < rows.Length; offset += featureCount)
        {
            var row = rows.Slice(offset, featureCount);
            for (var t = 0; t < counts.Length; t++)
            {
                counts[t][shape.Trees[t].LeafOf(row)]++;
            }
        }

        for (var t = 0; t < counts.Length; t++)
        {
            if (shape.Trees[t].LeafCount > 1 && Array.IndexOf(counts[t], 0.0) is var empty and >= 0)
            {
                throw new InvalidOperationException($"Leaf {empty} of tree {t} holds no training row: the tree copy does not route rows as ML.NET does.");
            }
        }

        return counts;
    }

    /// <summary>Bias plus every tree's weighted output: the model's score for <paramref name="row"/>.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        var score = Bias;
        foreach (var tree in Trees)
        {
            score += tree.Output(row);
        }

        return score;
    }

    /// <summary>SHAP values of <paramref name="row"/>: <see cref="FeatureCount"/> contributions, then the base value; they sum to <see cref="Score"/>.</summary>
    public double[] Contributions(ReadOnlySpan<float> row)
    {
        var phi = new double[FeatureCount + 1];
        foreach (var tree in Trees)
        {
            TreeShap.Add(tree, row, phi.AsSpan(0, FeatureCount));
        }

        phi[FeatureCount] = ExpectedValue;
        return phi;
    }
}
