namespace ChainGraph.Recommender.Ranking.Trees;

/// <summary>
/// One regression tree of a boosted ensemble, copied out of ML.NET's <c>RegressionTree</c> so it can be
/// explained: node <c>n</c> sends a row to <see cref="Left"/>[n] when <c>row[SplitFeature[n]] ≤ Threshold[n]</c>
/// (ML.NET's rule for numerical splits), else to <see cref="Right"/>[n]; a negative child <c>c</c> is leaf
/// <c>~c</c>. Covers are the numbers of training rows that reached each node and leaf (Lundberg et al. 2018
/// call them r_j): path-dependent TreeSHAP weighs the unknown features' branches by them.
/// </summary>
public sealed class DecisionTree
{
    public DecisionTree(int[] splitFeature, float[] threshold, int[] left, int[] right, double[] leafValue, double weight, double[] leafCover)
    {
        if (leafValue.Length != splitFeature.Length + 1 || threshold.Length != splitFeature.Length || left.Length != splitFeature.Length
            || right.Length != splitFeature.Length || leafCover.Length != leafValue.Length)
        {
            throw new ArgumentException($"A tree with {leafValue.Length} leaves needs {leafValue.Length - 1} splits, thresholds and children and {leafValue.Length} leaf covers.");
        }

        SplitFeature = splitFeature;
        Threshold = threshold;
        Left = left;
        Right = right;
        LeafValue = leafValue;
        Weight = weight;
        LeafCover = leafCover;
        NodeCover = new double[splitFeature.Length];
        if (splitFeature.Length > 0)
        {
            SumCovers(0);
        }

        Depth = splitFeature.Length == 0 ? 0 : DepthOf(0);
    }

    public IReadOnlyList<int> SplitFeature { get; }

    public IReadOnlyList<float> Threshold { get; }

    public IReadOnlyList<int> Left { get; }

    public IReadOnlyList<int> Right { get; }

    public IReadOnlyList<double> LeafValue { get; }

    /// <summary>The tree's weight in the ensemble (ML.NET's <c>TreeWeights</c>; 1 for boosted trees).</summary>
    public double Weight { get; }

    public IReadOnlyList<double> LeafCover { get; }

    /// <summary>Training rows that reached each split node: the sum of its leaves' covers, so covers are consistent.</summary>
    public IReadOnlyList<double> NodeCover { get; }

    /// <summary>Splits on the longest root-to-leaf path.</summary>
    public int Depth { get; }

    public int LeafCount => LeafValue.Count;

    /// <summary>The leaf <paramref name="row"/> falls into.</summary>
    public int LeafOf(ReadOnlySpan<float> row)
    {
        if (SplitFeature.Count == 0)
        {
            return 0;
        }

        var node = 0;
        while (node >= 0)
        {
            node = row[SplitFeature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return ~node;
    }

    /// <summary>This tree's weighted output for <paramref name="row"/>.</summary>
    public double Output(ReadOnlySpan<float> row) => Weight * LeafValue[LeafOf(row)];

    /// <summary>Cover of a child reference (a node index, or <c>~leaf</c>).</summary>
    public double CoverOf(int child) => child < 0 ? LeafCover[~child] : NodeCover[child];

    /// <summary>The tree's expected weighted output over the training rows (cover-weighted mean of its leaves).</summary>
    public double ExpectedOutput()
    {
        var total = LeafCover.Sum();
        return total == 0 ? 0 : Weight * LeafValue.Select((v, i) => v * LeafCover[i]).Sum() / total;
    }

    private double SumCovers(int node)
    {
        var cover = Cover(Left[node]) + Cover(Right[node]);
        ((double[])NodeCover)[node] = cover;
        return cover;
    }

    private double Cover(int child) => child < 0 ? LeafCover[~child] : SumCovers(child);

    private int DepthOf(int node) => node < 0 ? 0 : 1 + Math.Max(DepthOf(Left[node]), DepthOf(Right[node]));
}
