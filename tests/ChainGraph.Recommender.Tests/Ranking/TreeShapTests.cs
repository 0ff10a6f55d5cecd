using ChainGraph.Recommender.Ranking.Trees;

namespace ChainGraph.Recommender.Tests.Ranking;

public sealed class TreeShapTests
{
    // x0 ≤ 0.5 → leaf 0 (value 1, 60 training rows); else x1 ≤ 0.5 → leaf 1 (3, 10 rows) or leaf 2 (5, 30 rows).
    private static readonly DecisionTree s_handTree = new([0, 1], [0.5f, 0.5f], [~0, ~1], [1, ~2], [1, 3, 5], 1, [60, 10, 30]);

    [Fact]
    public void Contributions_HandCheckedTree_MatchShapleyValuesWorkedByHand()
    {
        // E[f] = (60·1 + 10·3 + 30·5) / 100 = 2.4; v({0}) = E[f | x0 = 1] = (10·3 + 30·5) / 40 = 4.5;
        // v({1}) = 0.6·1 + 0.4·5 = 2.6; v({0,1}) = f(x) = 5.
        // φ0 = ½[(4.5 − 2.4) + (5 − 2.6)] = 2.25, φ1 = ½[(2.6 − 2.4) + (5 − 4.5)] = 0.35.
        var model = new TreeEnsembleModel([s_handTree], bias: 0, featureCount: 2);
        var phi = model.Contributions([1f, 1f]);

        Assert.Equal(2.25, phi[0], 12);
        Assert.Equal(0.35, phi[1], 12);
        Assert.Equal(2.4, phi[2], 12);
        Assert.Equal(5, model.Score([1f, 1f]), 12);
    }

    [Fact]
    public void Contributions_FeatureNoTreeSplitsOn_GetsNothing()
    {
        // x = (0, 7, 7) lands in leaf 0: f(x) = 1. v(∅) = 2.4, v({0}) = 1, v({1}) = 0.6·1 + 0.4·5 = 2.6, v({0,1}) = 1.
        // φ0 = ½[(1 − 2.4) + (1 − 2.6)] = −1.5; φ1 = ½[(2.6 − 2.4) + (1 − 1)] = 0.1; x2 is never split on: 0.
        var model = new TreeEnsembleModel([s_handTree], bias: 0.5, featureCount: 3);
        var phi = model.Contributions([0f, 7f, 7f]);

        Assert.Equal(-1.5, phi[0], 12);
        Assert.Equal(0.1, phi[1], 12);
        Assert.Equal(0, phi[2]);
        Assert.Equal(2.9, phi[3], 12);
        Assert.Equal(1.5, phi.Sum(), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Contributions_RandomEnsembles_EqualBruteForceShapleyValues(int seed)
    {
        // Random trees over 4 features, deep enough to split on one feature twice on a path.
        const int features = 4;
        var random = new Random(seed);
        var trees = Enumerable.Range(0, 3).Select(_ => RandomTree(random, features, leaves: random.Next(2, 9))).ToList();
        var model = new TreeEnsembleModel(trees, bias: random.NextDouble(), featureCount: features);
        for (var sample = 0; sample < 5; sample++)
        {
            var row = Enumerable.Range(0, features).Select(_ => (float)random.NextDouble()).ToArray();
            var phi = model.Contributions(row);
            var expected = BruteForceShapley(model, row);
            for (var i = 0; i < features; i++)
            {
                Assert.Equal(expected[i], phi[i], 10);
            }

            Assert.Equal(model.Score(row), phi.Sum(), 10);
        }
    }

    [Fact]
    public void Constructor_LeafCountsNotMatchingSplits_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DecisionTree([0], [0.5f], [~0], [~1], [1, 2, 3], 1, [1, 1, 1]));
    }

    // Shapley values of v(S) = E[f(x) | x_S], the expectation taken the path-dependent way: follow x on the
    // splits of features in S, average both branches by their covers elsewhere (Lundberg et al. 2018, Alg. 1).
    private static double[] BruteForceShapley(TreeEnsembleModel model, float[] row)
    {
        var m = row.Length;
        var phi = new double[m];
        for (var i = 0; i < m; i++)
        {
            for (var mask = 0; mask < 1 << m; mask++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)mask);
                var weight = Factorial(size) * Factorial(m - size - 1) / Factorial(m);
                phi[i] += weight * (Value(model, row, mask | (1 << i)) - Value(model, row, mask));
            }
        }

        return phi;
    }

    private static double Value(TreeEnsembleModel model, float[] row, int known) =>
        model.Bias + model.Trees.Sum(t => t.Weight * Expectation(t, row, known, 0));

    private static double Expectation(DecisionTree tree, float[] row, int known, int node)
    {
        if (node < 0)
        {
            return tree.LeafValue[~node];
        }

        var feature = tree.SplitFeature[node];
        if ((known & (1 << feature)) != 0)
        {
            return Expectation(tree, row, known, row[feature] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node]);
        }

        var (left, right) = (tree.Left[node], tree.Right[node]);
        return ((tree.CoverOf(left) * Expectation(tree, row, known, left)) + (tree.CoverOf(right) * Expectation(tree, row, known, right))) / tree.NodeCover[node];
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    // Grows a tree the way ML.NET numbers it: split k turns a leaf into node k with two leaf children.
    private static DecisionTree RandomTree(Random random, int features, int leaves)
    {
        var split = new int[leaves - 1];
        var threshold = new float[leaves - 1];
        var left = new int[leaves - 1];
        var right = new int[leaves - 1];
        var parentOfLeaf = new List<(int Node, bool Left)> { (-1, false) };
        for (var k = 0; k < leaves - 1; k++)
        {
            var leaf = random.Next(parentOfLeaf.Count);
            var (parent, isLeft) = parentOfLeaf[leaf];
            if (parent >= 0)
            {
                (isLeft ? left : right)[parent] = k;
            }

            split[k] = random.Next(features);
            threshold[k] = (float)random.NextDouble();
            left[k] = ~leaf;
            right[k] = ~parentOfLeaf.Count;
            parentOfLeaf[leaf] = (k, true);
            parentOfLeaf.Add((k, false));
        }

        var values = Enumerable.Range(0, leaves).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var covers = Enumerable.Range(0, leaves).Select(_ => (double)random.Next(1, 50)).ToArray();
        return new DecisionTree(split, threshold, left, right, values, 0.5 + random.NextDouble(), covers);
    }
}
