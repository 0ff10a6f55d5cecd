namespace ChainGraph.Recommender.Ranking.Trees;

/// <summary>
/// Exact SHAP values of one tree: path-dependent TreeSHAP, Algorithm 2 of Lundberg, Erion and Lee 2018,
/// "Consistent individualized feature attribution for tree ensembles" (arXiv:1802.03888). The value of a
/// feature subset S is E[f(x) | x_S], estimated by following x on S's splits and averaging both branches
/// of every other split by the training rows that took them (the covers). The Shapley values of that game
/// sum to f(x) − E[f(x)], so contributions plus the expected value give the tree's output exactly.
/// </summary>
public static class TreeShap
{
    /// <summary>Adds <paramref name="tree"/>'s weighted SHAP values for <paramref name="row"/> to <paramref name="phi"/> (one per feature).</summary>
    public static void Add(DecisionTree tree, ReadOnlySpan<float> row, Span<double> phi)
    {
        if (tree.SplitFeature.Count == 0)
        {
            return;
        }

        // One path of up to Depth + 2 elements per recursion level, laid out one after another.
        var depth = tree.Depth + 2;
        var path = new PathElement[depth * (depth + 1) / 2 + depth];
        Recurse(tree, row, phi, node: 0, path, start: 0, uniqueDepth: 0, zero: 1, one: 1, feature: -1);
    }

    private static void Recurse(DecisionTree tree, ReadOnlySpan<float> row, Span<double> phi, int node, PathElement[] buffer, int start, int uniqueDepth, double zero, double one, int feature)
    {
        // Copy the parent's path to a fresh slot and extend it with the split that led here.
        var next = start + uniqueDepth + 1;
        Array.Copy(buffer, start, buffer, next, uniqueDepth + 1);
        var path = buffer.AsSpan(next, uniqueDepth + 2);
        Extend(path, uniqueDepth, zero, one, feature);

        if (node < 0)
        {
            var value = tree.Weight * tree.LeafValue[~node];
            for (var i = 1; i <= uniqueDepth; i++)
            {
                var w = UnwoundSum(path, uniqueDepth, i);
                phi[path[i].Feature] += w * (path[i].One - path[i].Zero) * value;
            }

            return;
        }

        var split = tree.SplitFeature[node];
        var goesLeft = row[split] <= tree.Threshold[node];
        var (hot, cold) = goesLeft ? (tree.Left[node], tree.Right[node]) : (tree.Right[node], tree.Left[node]);
        var cover = tree.NodeCover[node];
        var hotZero = tree.CoverOf(hot) / cover;
        var coldZero = tree.CoverOf(cold) / cover;
        var (incomingZero, incomingOne) = (1.0, 1.0);

        // A feature met again on the path: undo its earlier split and redo it here (both fractions multiply).
        var k = 1;
        while (k <= uniqueDepth && path[k].Feature != split)
        {
            k++;
        }

        if (k <= uniqueDepth)
        {
            (incomingZero, incomingOne) = (path[k].Zero, path[k].One);
            Unwind(path, uniqueDepth, k);
            uniqueDepth--;
        }

        Recurse(tree, row, phi, hot, buffer, next, uniqueDepth + 1, hotZero * incomingZero, incomingOne, split);
        Recurse(tree, row, phi, cold, buffer, next, uniqueDepth + 1, coldZero * incomingZero, 0, split);
    }

    // EXTEND of Algorithm 2: grow the permutation weights by one feature with fractions (zero, one).
    private static void Extend(Span<PathElement> path, int depth, double zero, double one, int feature)
    {
        path[depth] = new PathElement(feature, zero, one, depth == 0 ? 1 : 0);
        for (var i = depth - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) / (depth + 1);
            path[i].Weight = zero * path[i].Weight * (depth - i) / (depth + 1);
        }
    }

    // UNWIND of Algorithm 2: remove element `index` from the path, undoing its EXTEND.
    private static void Unwind(Span<PathElement> path, int depth, int index)
    {
        var (one, zero) = (path[index].One, path[index].Zero);
        var nextOne = path[depth].Weight;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var previous = path[i].Weight;
                path[i].Weight = nextOne * (depth + 1) / ((i + 1) * one);
                nextOne = previous - (path[i].Weight * zero * (depth - i) / (depth + 1));
            }
            else
            {
                path[i].Weight = path[i].Weight * (depth + 1) / (zero * (depth - i));
            }
        }

        for (var i = index; i < depth; i++)
        {
            path[i] = path[i + 1] with { Weight = path[i].Weight };
        }
    }

    // The total permutation weight the path would have with element `index` unwound (without changing it).
    private static double UnwoundSum(Span<PathElement> path, int depth, int index)
    {
        var (one, zero) = (path[index].One, path[index].Zero);
        var nextOne = path[depth].Weight;
        var total = 0.0;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var weight = nextOne * (depth + 1) / ((i + 1) * one);
                total += weight;
                nextOne = path[i].Weight - (weight * zero * (depth - i) / (depth + 1));
            }
            else
            {
                total += path[i].Weight / zero / ((double)(depth - i) / (depth + 1));
            }
        }

        return total;
    }

    private record struct PathElement(int Feature, double Zero, double One, double Weight);
}
