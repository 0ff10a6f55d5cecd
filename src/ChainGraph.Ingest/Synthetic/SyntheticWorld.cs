using ChainGraph.Core.Ickg;

namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// The enterprises of a synthetic graph before they are written: industry, place and hub rank of
/// each, and the power-law draws that pick link endpoints. Enterprises 0..ListedCount-1 are listed.
/// </summary>
internal sealed class SyntheticWorld
{
    private readonly DemoVocabulary _vocabulary;
    private readonly string[] _place;
    private readonly int[] _byHubRank;
    private readonly int[][] _industryMembers;
    private readonly double[] _industryCumulative;
    private readonly double _power;

    private SyntheticWorld(DemoVocabulary vocabulary, int listed, int[] industry, string[] place, int[] byHubRank, int[][] industryMembers, double[] industryCumulative, double exponent)
    {
        _vocabulary = vocabulary;
        ListedCount = listed;
        Industry = industry;
        _place = place;
        _byHubRank = byHubRank;
        _industryMembers = industryMembers;
        _industryCumulative = industryCumulative;
        // Inverse CDF of a continuous power law with density ∝ r^-s on (0, n): r = n·u^(1/(1-s)).
        _power = 1 / (1 - Math.Min(exponent, 0.95));
    }

    public int Enterprises => Industry.Length;

    public int ListedCount { get; }

    /// <summary>Index into <see cref="DemoVocabulary.Industries"/> of each enterprise's main industry.</summary>
    public int[] Industry { get; }

    public static SyntheticWorld Create(SyntheticGraphOptions options, DemoVocabulary vocabulary, SyntheticPlaces places, Random random)
    {
        var n = options.Enterprises;
        var cumulative = new double[vocabulary.Industries.Count];
        var total = 0.0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            total += vocabulary.IndustryWeights[i];
            cumulative[i] = total;
        }

        var industry = new int[n];
        var place = new string[n];
        for (var e = 0; e < n; e++)
        {
            industry[e] = Draw(cumulative, random);
            place[e] = places.Next(random);
        }

        // Hub rank: a random order; low ranks are drawn far more often as link endpoints.
        var byHubRank = Enumerable.Range(0, n).ToArray();
        random.Shuffle(byHubRank);
        var members = Enumerable.Range(0, cumulative.Length).Select(_ => new List<int>()).ToArray();
        foreach (var e in byHubRank)
        {
            members[industry[e]].Add(e);
        }

        var listed = Math.Max(1, (int)(n * options.ListedShare));
        return new SyntheticWorld(vocabulary, listed, industry, place, byHubRank, members.Select(m => m.ToArray()).ToArray(), cumulative, options.DegreeExponent);
    }

    public int SampleIndustry(Random random) => Draw(_industryCumulative, random);

    public string ShortName(int e) => SyntheticNames.TradeName(e) + SyntheticNames.IndustryWord(_vocabulary.Industries[Industry[e]].Name);

    public string FullName(int e) => _place[e] + ShortName(e) + (e < ListedCount ? "股份有限公司" : "有限公司");

    /// <summary>The name ICKG facts use: a listed company's short name (resolved to its ckg node), else the place-prefixed name.</summary>
    public string IckgName(int e) => e < ListedCount ? ShortName(e) : _place[e] + ShortName(e);

    /// <summary>Head and tail of one business link of <paramref name="relation"/>.</summary>
    public (int Head, int Tail) Link(string relation, Random random)
    {
        switch (relation)
        {
            case IckgRelations.Supplies:
                {
                    // A hub customer; its supplier mostly from an industry upstream of the customer's.
                    var customer = Hub(_byHubRank, random);
                    var upstream = _vocabulary.UpstreamByIndustry[Industry[customer]];
                    var supplier = upstream.Count > 0 && random.NextDouble() < 0.7
                        ? Hub(_industryMembers[upstream[random.Next(upstream.Count)]], random, fallback: _byHubRank)
                        : Hub(_byHubRank, random);
                    return (supplier, customer);
                }

            case IckgRelations.Cooperates or IckgRelations.Competes:
                {
                    var first = Hub(_byHubRank, random);
                    var second = random.NextDouble() < 0.5 ? Hub(_industryMembers[Industry[first]], random, fallback: _byHubRank) : Hub(_byHubRank, random);
                    return (first, second);
                }

            default:
                // Investors, parents and acquirers are hubs; their targets are anyone.
                return (Hub(_byHubRank, random), random.Next(Enterprises));
        }
    }

    private int Hub(int[] ranked, Random random, int[]? fallback = null)
    {
        if (ranked.Length == 0)
        {
            ranked = fallback ?? _byHubRank;
        }

        var rank = (int)(ranked.Length * Math.Pow(random.NextDouble(), _power));
        return ranked[Math.Min(rank, ranked.Length - 1)];
    }

    private static int Draw(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
