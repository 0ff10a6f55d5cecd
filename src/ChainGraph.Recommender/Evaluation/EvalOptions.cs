using ChainGraph.Core.Ickg;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// One evaluation run: either <see cref="Cutoff"/> (the history folder's facts at or after it are the
/// links to predict) or <see cref="Future"/> (a second ICKG folder whose entities are matched to the
/// history by name). <see cref="Relations"/> are ICKG relation names (default 供给, 合作, 投资, 合资, 并购).
/// </summary>
public sealed record EvalOptions
{
    public DateOnly? Cutoff { get; init; }

    public IckgDataset? Future { get; init; }

    public IReadOnlyList<string> Relations { get; init; } = IckgRelations.DefaultTargets;

    /// <summary>Seed of the random baseline.</summary>
    public int Seed { get; init; } = 42;

    public void Validate()
    {
        if (Cutoff is null == Future is null)
        {
            throw new ArgumentException("Give exactly one of --cutoff DATE or --future DIR.");
        }

        foreach (var relation in Relations)
        {
            if (!IckgRelations.TryMap(relation, out _))
            {
                throw new ArgumentException($"Unknown ICKG relation '{relation}'. Known: {string.Join(", ", IckgRelations.Known)}.");
            }
        }
    }
}
