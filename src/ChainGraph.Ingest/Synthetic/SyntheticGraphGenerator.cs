using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.Core.Ickg;
using ChainGraph.Ingest.Ckg;
using ChainGraph.Ingest.Demo;
using ChainGraph.Ingest.Regions;

namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// Writes a seeded synthetic city- or province-sized graph in the formats ChainGraph already reads:
/// a ckg folder (the demo's real Shenwan industries, industry upstream relations and product
/// relations; synthetic listed companies with an industry and products) and an ICKG folder of dated
/// facts (industries entered, patents, and business links whose endpoints follow a power law, suppliers
/// drawn from the industries upstream of their customer's). Same options, same bytes.
/// </summary>
public static class SyntheticGraphGenerator
{
    // Business links per enterprise by ICKG relation (供给 supplier → customer; 投资/控股/并购 from a hub investor).
    private static readonly (string Relation, double PerEnterprise)[] s_links =
    [
        (IckgRelations.Supplies, 1.5), (IckgRelations.Cooperates, 1.0), (IckgRelations.Invests, 0.5), (IckgRelations.Controls, 0.3),
        (IckgRelations.Competes, 0.2), (IckgRelations.JointVenture, 0.1), (IckgRelations.Acquires, 0.1),
    ];

    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string CkgFolderName = "ckg";
    public const string IckgFolderName = "ickg";

    public static SyntheticGraphSummary Generate(SyntheticGraphOptions options, string folder, CancellationToken cancellationToken)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var vocabulary = DemoVocabulary.Load(DemoData.Ckg);
        var places = SyntheticPlaces.Create(RegionData.Load(DemoData.Regions));
        var ckg = Directory.CreateDirectory(Path.Combine(folder, CkgFolderName)).FullName;
        var ickg = Directory.CreateDirectory(Path.Combine(folder, IckgFolderName)).FullName;
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in new[] { CkgLoader.Industries, CkgLoader.IndustryUpstream, CkgLoader.ProductRelations })
        {
            rows["ckg/" + name] = DemoVocabulary.Copy(DemoData.Ckg, name, ckg);
        }

        var world = SyntheticWorld.Create(options, vocabulary, places, random);
        cancellationToken.ThrowIfCancellationRequested();
        WriteCompanies(world, vocabulary, ckg, random, rows);
        cancellationToken.ThrowIfCancellationRequested();
        WriteFacts(world, vocabulary, options, ickg, random, rows, cancellationToken);
        return new SyntheticGraphSummary(ckg, ickg, options.Enterprises, world.ListedCount, rows);
    }

    private static void WriteCompanies(SyntheticWorld world, DemoVocabulary vocabulary, string folder, Random random, Dictionary<string, long> rows)
    {
        using var companies = new StreamWriter(Path.Combine(folder, CkgLoader.Companies));
        using var industries = new StreamWriter(Path.Combine(folder, CkgLoader.CompanyIndustry));
        using var products = new StreamWriter(Path.Combine(folder, CkgLoader.CompanyProduct));
        long productRows = 0;
        for (var e = 0; e < world.ListedCount; e++)
        {
            var code = StockCodeOf(e);
            var industry = vocabulary.Industries[world.Industry[e]];
            var listDate = new DateOnly(1991, 1, 1).AddDays(random.Next(12_000));
            companies.WriteLine($$"""{"code": "{{code}}", "name": {{Json(world.ShortName(e))}}, "fullName": {{Json(world.FullName(e))}}, "exchange": "{{ExchangeName(code)}}", "listDate": "{{listDate:yyyy-MM-dd}}"}""");
            industries.WriteLine($$"""{"companyCode": "{{code}}", "industryCode": "{{industry.Code}}", "industryName": {{Json(industry.Name)}}}""");
            var pool = vocabulary.ProductsByIndustry[world.Industry[e]];
            if (pool.Count == 0)
            {
                continue;
            }

            // 1–8 main products, the industry's common ones most often; revenue shares that sum to at most 1.
            var count = Math.Min(pool.Count, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3));
            var chosen = new HashSet<int>();
            var left = 1.0;
            while (chosen.Count < count)
            {
                var product = (int)(pool.Count * Math.Pow(random.NextDouble(), 2.5));
                if (!chosen.Add(product))
                {
                    continue;
                }

                var share = chosen.Count == count ? left : left * (0.3 + random.NextDouble() * 0.5);
                left -= share;
                products.WriteLine($$"""{"companyCode": "{{code}}", "product": {{Json(pool[product])}}, "revenueShare": {{Math.Round(share, 6).ToString(CultureInfo.InvariantCulture)}}}""");
                productRows++;
            }
        }

        rows["ckg/" + CkgLoader.Companies] = world.ListedCount;
        rows["ckg/" + CkgLoader.CompanyIndustry] = world.ListedCount;
        rows["ckg/" + CkgLoader.CompanyProduct] = productRows;
    }

    private static void WriteFacts(SyntheticWorld world, DemoVocabulary vocabulary, SyntheticGraphOptions options, string folder, Random random, Dictionary<string, long> rows, CancellationToken cancellationToken)
    {
        var relations = IckgRelations.Known.Order(StringComparer.Ordinal).ToArray();
        var relationId = relations.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var days = options.LastDate.DayNumber - options.FirstDate.DayNumber + 1;
        File.WriteAllLines(Path.Combine(folder, "relation2id.txt"), relations.Select((r, i) => $"{r}\t{i}"));
        File.WriteAllLines(Path.Combine(folder, "time2id.txt"), Enumerable.Range(0, days).Select(d => $"{d},{options.FirstDate.AddDays(d):yyyy-MM-dd}"));
        var n = world.Enterprises;
        var industryBase = n;
        var patentBase = n + vocabulary.Industries.Count;
        var patents = 0;
        long facts = 0;
        using (var writer = new StreamWriter(Path.Combine(folder, "facts.txt")))
        {
            void Fact(int head, string relation, int tail)
            {
                // Activity grows over time: day = days·√u puts more facts in recent months.
                var day = Math.Min(days - 1, (int)(days * Math.Sqrt(random.NextDouble())));
                writer.Write(head);
                writer.Write('\t');
                writer.Write(relationId[relation]);
                writer.Write('\t');
                writer.Write(tail);
                writer.Write('\t');
                writer.Write(day);
                writer.Write('\n');
                facts++;
            }

            for (var e = world.ListedCount; e < n; e++)
            {
                Fact(e, IckgRelations.ActiveIn, industryBase + world.Industry[e]);
                if (random.NextDouble() < 0.25)
                {
                    Fact(e, IckgRelations.ActiveIn, industryBase + world.SampleIndustry(random));
                }
            }

            for (var e = 0; e < n; e++)
            {
                // Patents: geometric, mean 1.5, so a few enterprises hold many.
                while (random.NextDouble() < 0.6)
                {
                    Fact(e, IckgRelations.HoldsPatent, patentBase + patents++);
                }
            }

            foreach (var (relation, perEnterprise) in s_links)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = (long)(perEnterprise * n);
                for (long i = 0; i < count; i++)
                {
                    var (head, tail) = world.Link(relation, random);
                    if (head != tail)
                    {
                        Fact(head, relation, tail);
                    }
                }
            }
        }

        using (var entities = new StreamWriter(Path.Combine(folder, "entity2id.txt")))
        {
            for (var e = 0; e < n; e++)
            {
                entities.Write(world.IckgName(e));
                entities.Write('\t');
                entities.WriteLine(e);
            }

            for (var i = 0; i < vocabulary.Industries.Count; i++)
            {
                entities.WriteLine($"{vocabulary.Industries[i].Name}\t{industryBase + i}");
            }

            for (var p = 0; p < patents; p++)
            {
                entities.WriteLine($"一种{vocabulary.Industries[p % vocabulary.Industries.Count].Name}装置及方法（{SyntheticNames.TradeName(p)}-{p}）\t{patentBase + p}");
            }
        }

        rows["ickg/facts.txt"] = facts;
        rows["ickg/entity2id.txt"] = patentBase + patents;
    }

    /// <summary>A stock code per listed enterprise: SH 600000+, SZ 000001+, BJ 830000+ in turn, modulo a million (unique up to 3 million listed).</summary>
    private static string StockCodeOf(int listed) => (listed % 3) switch
    {
        0 => $"{(600_000 + listed / 3) % 1_000_000:D6}.SH",
        1 => $"{(listed / 3 + 1) % 1_000_000:D6}.SZ",
        _ => $"{(830_000 + listed / 3) % 1_000_000:D6}.BJ",
    };

    private static string ExchangeName(string code) => code[^2..] switch
    {
        "SH" => "上海证券交易所",
        "SZ" => "深圳证券交易所",
        _ => "北京证券交易所",
    };

    private static string Json(string text) => JsonSerializer.Serialize(text, s_json);
}
