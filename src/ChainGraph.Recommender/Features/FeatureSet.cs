using ChainGraph.Recommender.Features.Families;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// The ordered feature families of the ranker. The order fixes the model's columns, so the saved model
/// records <see cref="Names"/> and refuses a feature set that differs.
/// </summary>
public sealed class FeatureSet
{
    public FeatureSet(IEnumerable<IFeatureFamily> families)
    {
        Families = families.ToArray();
        var names = new List<string>();
        var owners = new List<(int Family, int Index)>();
        for (var f = 0; f < Families.Count; f++)
        {
            for (var i = 0; i < Families[f].Names.Count; i++)
            {
                names.Add(Families[f].Names[i]);
                owners.Add((f, i));
            }
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new InvalidOperationException($"Feature names must be unique; got {string.Join(", ", names)}.");
        }

        Names = names;
        Owners = owners;
    }

    public IReadOnlyList<IFeatureFamily> Families { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>For each column, the family that computes it and the index within the family.</summary>
    public IReadOnlyList<(int Family, int Index)> Owners { get; }

    public int Count => Names.Count;

    /// <summary>Per column, where the family places a missing value (see <see cref="IFeatureFamily.Missing"/>).</summary>
    public IReadOnlyList<MissingSide> Missing => Families.SelectMany(f => f.Missing).ToArray();

    /// <summary>The default families, in column order.</summary>
    public static FeatureSet CreateDefault() => new(
    [
        new CommonNeighbourFeatures(),
        new AdamicAdarFeatures(),
        new SupplyPathFeatures(),
        new PopularityFeatures(),
        new PageRankFeatures(),
        new PeerSupplierFeatures(),
        new IndustryFeatures(),
        new ProductChainFeatures(),
        new QualityTagFeatures(),
        new SizeFeatures(),
        new RegionFeatures(),
        new RecencyFeatures(),
        new QueryShapeFeatures(),
    ]);

    /// <summary>Feature rows (row-major) for <paramref name="candidates"/> of one query, written into <paramref name="output"/>.</summary>
    public void Compute(QueryState state, IReadOnlyList<int> candidates, Span<float> output)
    {
        var offset = 0;
        foreach (var candidate in candidates)
        {
            foreach (var family in Families)
            {
                family.Compute(state, candidate, output.Slice(offset, family.Names.Count));
                offset += family.Names.Count;
            }
        }
    }

    public float[] Compute(QueryState state, IReadOnlyList<int> candidates)
    {
        var output = new float[candidates.Count * Count];
        Compute(state, candidates, output);
        return output;
    }
}
