namespace ChainGraph.Recommender.Evaluation;

/// <summary>The target-quality report over every anchor × direction and every gap segment (see <see cref="TargetQualityEvaluator"/>).</summary>
public sealed record TargetQualityReport(int Top, IReadOnlyList<TargetQueryQuality> Queries, IReadOnlyList<TargetOverlap> Overlaps)
{
    public int Rows => Queries.Sum(q => q.Rows);

    /// <summary>Share of all listed rows grounded in the chain (placed in the asked segment, its supplier/customer segments, or product-linked).</summary>
    public double GroundedShare => Rows == 0 ? 0 : (double)Queries.Sum(q => q.Grounded) / Rows;

    /// <summary>Share of all listed rows that should not be there (outside mainland, not a company, local, unmarked local plant, unflagged risk).</summary>
    public double DisqualifiedShare => Rows == 0 ? 0 : (double)Queries.Sum(q => q.Disqualified.Count) / Rows;

    /// <summary>Queries that returned fewer than <see cref="Top"/> targets (empty ones included).</summary>
    public int Short => Queries.Count(q => q.Rows < Top);

    public int Empty => Queries.Count(q => q.Rows == 0);

    /// <summary>Pairs of anchors of different chains whose lists are identical (non-empty).</summary>
    public int IdenticalAcrossChains => Overlaps.Count(o => o.Jaccard >= 1);
}

/// <summary>One query of the report: form (anchor/gap), chains, what was asked, rows listed, rows grounded, disqualified rows, the listed keys and the list's notes.</summary>
public sealed record TargetQueryQuality(string Form, string Chains, string Query, int Rows, int Grounded, IReadOnlyList<string> Disqualified, IReadOnlyList<string> Keys, IReadOnlyList<string> Notes);

/// <summary>Two anchor lists of different chains that share targets: how many and their Jaccard overlap.</summary>
public sealed record TargetOverlap(string First, string Second, int Shared, double Jaccard);
