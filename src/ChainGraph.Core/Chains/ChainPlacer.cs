using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Chains;

/// <summary>
/// Places enterprises in the segments of a chain from the facts of the snapshot:
/// IN_INDUSTRY edges to a segment's Shenwan codes (a level-1/2 code covers its subtree) and MAKES
/// edges to products whose name contains one of its keywords (and none of its exclusions).
/// Weight = min(1, <see cref="IndustryWeight"/>·[industry matches] + Σ revenue share of matching
/// products): a firm whose main business is the segment weighs 1, a side line weighs its revenue share.
/// Two template rules keep a placement meaningful: a product keyword places an enterprise only when its
/// Shenwan classification lies in the segment's sectors (<see cref="ChainTemplate.SectorsOf"/>; an old product
/// line of a firm now in another trade does not place it), and a whole-product segment's code
/// (<see cref="SegmentTemplate.IndustryNeedsProduct"/>) counts only beside a matching product.
/// </summary>
public sealed class ChainPlacer(GraphSnapshot snapshot)
{
    /// <summary>What a Shenwan classification alone is worth: it says the segment is the firm's industry, not its share.</summary>
    public const double IndustryWeight = 0.5;

    /// <summary>Placements below this weight are side lines too small to count (a product under 10% of revenue).</summary>
    public const double MinWeight = 0.1;

    public const string IndustryEvidence = "industry";
    public const string ProductEvidence = "product";

    private readonly Dictionary<int, ((string Code, DateOnly? Since)[] Industries, (string Name, double Share, DateOnly? Since)[] Products)> _facts = [];

    public IReadOnlyList<Placement> Place(ChainTemplate chain)
    {
        var index = new KeywordIndex(chain);
        var matches = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var result = new List<Placement>();
        foreach (var enterprise in snapshot.NodesOf(NodeKind.Enterprise))
        {
            var (industries, products) = FactsOf(enterprise);
            if (industries.Length == 0 && products.Length == 0)
            {
                continue;
            }

            var productMatches = new string?[products.Length][];
            for (var p = 0; p < products.Length; p++)
            {
                if (!matches.TryGetValue(products[p].Name, out var m))
                {
                    matches[products[p].Name] = m = index.Match(products[p].Name);
                }

                productMatches[p] = m;
            }

            for (var s = 0; s < chain.Segments.Count; s++)
            {
                var evidence = Evidence(industries, products, productMatches, s, chain.Segments[s], chain.SectorsOf(chain.Segments[s]));
                var weight = WeightOf(evidence);
                if (weight >= MinWeight)
                {
                    result.Add(new Placement(enterprise, chain.Id, chain.Segments[s].Id, weight, evidence) { Since = SinceOf(evidence) });
                }
            }
        }

        return result;
    }

    /// <summary>The IN_INDUSTRY and MAKES facts of <paramref name="enterprise"/> that place it in <paramref name="segment"/> of <paramref name="chain"/>.</summary>
    public IReadOnlyList<PlacementEvidence> Evidence(int enterprise, ChainTemplate chain, SegmentTemplate segment)
    {
        var (industries, products) = FactsOf(enterprise);
        var keywords = products.Select(p => new[] { Matches(p.Name, segment) }).ToArray();
        return Evidence(industries, products, keywords, 0, segment, chain.SectorsOf(segment));
    }

    private static IReadOnlyList<PlacementEvidence> Evidence(
        (string Code, DateOnly? Since)[] industries, (string Name, double Share, DateOnly? Since)[] products, string?[][] keywords, int slot, SegmentTemplate segment, IReadOnlyList<string> sectors)
    {
        List<PlacementEvidence>? evidence = null;
        if (InSectors(industries.Select(i => i.Code).ToArray(), sectors))
        {
            for (var p = 0; p < products.Length; p++)
            {
                if (keywords[p].Length > slot && keywords[p][slot] is { } keyword)
                {
                    (evidence ??= []).Add(new PlacementEvidence(ProductEvidence, products[p].Name, keyword, products[p].Share, "MAKES") { Since = products[p].Since });
                }
            }
        }

        // A whole-product segment needs the product as a real line of business, not a placeholder-share mention.
        if (segment.IndustryNeedsProduct && (evidence is null || evidence.Sum(e => e.RevenueShare ?? 0) < MinWeight))
        {
            return [];
        }

        foreach (var (code, since) in industries)
        {
            if (segment.IndustryCodes.FirstOrDefault(wanted => Covers(wanted, code)) is { } wanted)
            {
                (evidence ??= []).Insert(0, new PlacementEvidence(IndustryEvidence, code, wanted, null, "IN_INDUSTRY") { Since = since });
                break;
            }
        }

        return evidence ?? (IReadOnlyList<PlacementEvidence>)[];
    }

    /// <summary>The Shenwan codes <paramref name="enterprise"/> is classified under (IN_INDUSTRY to a six-digit code).</summary>
    public IReadOnlyList<string> IndustriesOf(int enterprise) => FactsOf(enterprise).Industries.Select(i => i.Code).ToArray();

    /// <summary>True when no sectors are set, the enterprise has no Shenwan code, or one of its codes lies under a sector.</summary>
    public static bool InSectors(IReadOnlyList<string> industries, IReadOnlyList<string> sectors) =>
        sectors.Count == 0 || industries.Count == 0 || industries.Any(code => sectors.Any(sector => Covers(sector, code)));

    /// <summary>True when Shenwan <paramref name="code"/> is <paramref name="wanted"/> or lies in its subtree.</summary>
    public static bool Covers(string wanted, string code) => code.StartsWith(Prefix(wanted), StringComparison.Ordinal);

    public static double WeightOf(IReadOnlyList<PlacementEvidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return 0;
        }

        var industry = evidence.Any(e => e.Kind == IndustryEvidence) ? IndustryWeight : 0;
        var products = evidence.Where(e => e.Kind == ProductEvidence).Sum(e => e.RevenueShare ?? 0);
        return Math.Round(Math.Min(1, industry + products), 4);
    }

    /// <summary>
    /// The first date on which the placement held: null when its undated facts alone reach <see cref="MinWeight"/>
    /// (undated facts are known from the start), else the date of the fact that brings the weight, with the facts
    /// taken in date order, to <see cref="MinWeight"/>. Null too when even all facts fall short (not a placement).
    /// </summary>
    public static DateOnly? SinceOf(IReadOnlyList<PlacementEvidence> evidence)
    {
        var known = evidence.Where(e => e.Since is null).ToList();
        if (WeightOf(known) >= MinWeight)
        {
            return null;
        }

        foreach (var fact in evidence.Where(e => e.Since is not null).OrderBy(e => e.Since))
        {
            known.Add(fact);
            if (WeightOf(known) >= MinWeight)
            {
                return fact.Since;
            }
        }

        return null;
    }

    /// <summary>The keyword of <paramref name="segment"/> that <paramref name="product"/> contains, unless an exclusion also matches.</summary>
    public static string? Matches(string product, SegmentTemplate segment)
    {
        foreach (var keyword in segment.ProductKeywords)
        {
            if (product.Contains(keyword, StringComparison.Ordinal))
            {
                return segment.ExcludeKeywords.Any(x => product.Contains(x, StringComparison.Ordinal)) ? null : keyword;
            }
        }

        return null;
    }

    /// <summary>Shenwan codes are two digits per level: 280000 covers 28xxxx, 280200 covers 2802xx.</summary>
    private static string Prefix(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? code[..2] : code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;

    private ((string Code, DateOnly? Since)[] Industries, (string Name, double Share, DateOnly? Since)[] Products) FactsOf(int enterprise)
    {
        if (_facts.TryGetValue(enterprise, out var facts))
        {
            return facts;
        }

        var industries = new List<(string, DateOnly?)>();
        var products = new List<(string, double, DateOnly?)>();
        foreach (var e in snapshot.OutEdges(enterprise))
        {
            switch (snapshot.EdgeType(e))
            {
                case RelType.InIndustry when snapshot.Node(snapshot.EdgeTo(e)).Key is { Length: 6 } code && code.All(char.IsAsciiDigit):
                    industries.Add((code, snapshot.EdgeSince(e)));
                    break;
                case RelType.Makes:
                    products.Add((snapshot.Name(snapshot.EdgeTo(e)), snapshot.EdgeWeight(e), snapshot.EdgeSince(e)));
                    break;
            }
        }

        return _facts[enterprise] = ([.. industries], [.. products]);
    }
}
