namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>
/// How a missing feature value (NaN: registered capital unknown, candidate not reached by personalized
/// PageRank, no dated relationship) reaches the trees. ML.NET's trainers drop every row holding a NaN, so
/// the ranker never hands them one: a missing value becomes a number outside every real value, on the side
/// its meaning puts it. Features whose higher values rank worse (monotone −1: ranks, "beyond the last") get
/// <see cref="Beyond"/>; every other feature (all are ≥ 0) gets <see cref="Below"/>. Either way one split
/// separates "missing" from every real value, as XGBoost's learned default direction did.
/// </summary>
public sealed class MissingValues
{
    /// <summary>Stands for "missing" on features whose real values are all ≥ 0.</summary>
    public const float Below = -1f;

    /// <summary>Stands for "missing" on rank features (real values are log2 ranks, far below it).</summary>
    public const float Beyond = 1e6f;

    public MissingValues(IReadOnlyList<float> missingAs) => MissingAs = missingAs;

    /// <summary>Per column, the number a NaN becomes.</summary>
    public IReadOnlyList<float> MissingAs { get; }

    public int Count => MissingAs.Count;

    /// <summary>The encoding for columns with these monotone directions (+1, 0, −1 per column).</summary>
    public static MissingValues FromMonotone(IReadOnlyList<int> monotone) => new(monotone.Select(m => m < 0 ? Beyond : Below).ToArray());

    /// <summary>A copy of <paramref name="rows"/> (row-major, <see cref="Count"/> columns) with every NaN replaced.</summary>
    public float[] Encode(ReadOnlySpan<float> rows)
    {
        var encoded = rows.ToArray();
        for (var i = 0; i < encoded.Length; i++)
        {
            if (float.IsNaN(encoded[i]))
            {
                encoded[i] = MissingAs[i % Count];
            }
        }

        return encoded;
    }

    /// <summary>
    /// Fails when a real (non-missing) value of <paramref name="rows"/> lies on the wrong side of its
    /// column's stand-in, which would let a tree confuse it with "missing"; names the column.
    /// </summary>
    public void CheckSeparable(ReadOnlySpan<float> rows, IReadOnlyList<string> names)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var value = rows[i];
            var missingAs = MissingAs[i % Count];
            if (!float.IsNaN(value) && (missingAs == Below ? value <= Below : value >= Beyond))
            {
                throw new InvalidOperationException(
                    $"Feature '{names[i % Count]}' has the value {value} in training row {i / Count}, on the side reserved for missing values ({missingAs}). Features must be ≥ 0 (ranks < {Beyond}).");
            }
        }
    }
}
