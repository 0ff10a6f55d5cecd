using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>
/// How a missing feature value (NaN: registered capital unknown, candidate not reached by personalized
/// PageRank, no dated relationship) reaches the trees. ML.NET's FastTree drops every training row holding a
/// NaN (and LightGBM would learn its own default branch), so the ranker never hands the learner one: a
/// missing value becomes a number outside every real value, on the side its family declares
/// (<see cref="MissingSide"/>): <see cref="Below"/> ("none known") or <see cref="Beyond"/> ("further than
/// any": a rank never reached, no dated activity). One split then separates "missing" from every real
/// value, and a split among real values keeps "missing" with the end it belongs to.
/// </summary>
public sealed class MissingValues
{
    /// <summary>Stands for "missing" on features whose real values are all ≥ 0.</summary>
    public const float Below = -1f;

    /// <summary>Stands for "missing" beyond every real value (log2 ranks, days: all far below it).</summary>
    public const float Beyond = 1e6f;

    public MissingValues(IReadOnlyList<float> missingAs) => MissingAs = missingAs;

    /// <summary>Per column, the number a NaN becomes.</summary>
    public IReadOnlyList<float> MissingAs { get; }

    public int Count => MissingAs.Count;

    /// <summary>The encoding for columns whose missing values sit on these sides.</summary>
    public static MissingValues FromSides(IReadOnlyList<MissingSide> sides) => new(sides.Select(s => s == MissingSide.High ? Beyond : Below).ToArray());

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
