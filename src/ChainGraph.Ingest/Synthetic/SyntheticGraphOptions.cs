namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// What <see cref="SyntheticGraphGenerator"/> makes. The defaults give about 8 relationships per
/// enterprise (the shape of the demo grown: a fifth listed with ckg rows, the rest known from dated
/// ICKG facts), so 1,000,000 enterprises make about 10 million relationships.
/// </summary>
public sealed record SyntheticGraphOptions
{
    public const int MinEnterprises = 100;
    public const int MaxEnterprises = 5_000_000;

    /// <summary>Enterprises to make (<see cref="MinEnterprises"/>..<see cref="MaxEnterprises"/>).</summary>
    public int Enterprises { get; init; } = 20_000;

    /// <summary>Seed of every random choice: the same seed and size give byte-identical files.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of enterprises that are listed (rows in ckg companies.jsonl with products and an industry).</summary>
    public double ListedShare { get; init; } = 0.2;

    /// <summary>
    /// Zipf exponent of the business-link endpoints: 0.6 gives hubs of a few thousand partners at a million
    /// enterprises and most enterprises one or two, as in registry and news data.
    /// </summary>
    public double DegreeExponent { get; init; } = 0.6;

    /// <summary>First and last date of the ICKG facts (the demo's history ends 2025-07-21).</summary>
    public DateOnly FirstDate { get; init; } = new(2024, 1, 1);

    public DateOnly LastDate { get; init; } = new(2025, 7, 21);

    public void Validate()
    {
        if (Enterprises is < MinEnterprises or > MaxEnterprises)
        {
            throw new ArgumentOutOfRangeException(nameof(Enterprises), Enterprises, $"The number of enterprises must be between {MinEnterprises:N0} and {MaxEnterprises:N0}.");
        }

        if (ListedShare is <= 0 or > 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(ListedShare), ListedShare, "The listed share must be above 0 and at most 0.5.");
        }

        if (DegreeExponent is < 0 or > 1.5)
        {
            throw new ArgumentOutOfRangeException(nameof(DegreeExponent), DegreeExponent, "The degree exponent must be between 0 (uniform) and 1.5.");
        }

        if (LastDate <= FirstDate)
        {
            throw new ArgumentOutOfRangeException(nameof(LastDate), LastDate, $"The last date must be after the first date {FirstDate:yyyy-MM-dd}.");
        }
    }
}
