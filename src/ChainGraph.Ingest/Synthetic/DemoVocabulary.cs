using System.Text.Json;
using ChainGraph.Core.Io;
using ChainGraph.Ingest.Ckg;

namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// The real vocabulary a synthetic graph is made of, read from the shipped demo ckg extract: the
/// Shenwan industries (with how many listed companies each has, so big industries stay big), the
/// products companies of each industry make, and the industry upstream relations. Generated
/// enterprises therefore land in the chain templates' segments exactly as real ones do.
/// </summary>
internal sealed class DemoVocabulary
{
    private DemoVocabulary(
        IReadOnlyList<(string Code, string Name)> industries,
        IReadOnlyList<int> industryWeights,
        IReadOnlyList<IReadOnlyList<string>> productsByIndustry,
        IReadOnlyList<IReadOnlyList<int>> upstreamByIndustry)
    {
        Industries = industries;
        IndustryWeights = industryWeights;
        ProductsByIndustry = productsByIndustry;
        UpstreamByIndustry = upstreamByIndustry;
    }

    /// <summary>Level-3 Shenwan industries (the level companies are classified at).</summary>
    public IReadOnlyList<(string Code, string Name)> Industries { get; }

    /// <summary>Listed companies per industry in the demo, plus one.</summary>
    public IReadOnlyList<int> IndustryWeights { get; }

    /// <summary>Products made by demo companies of each industry, most made first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ProductsByIndustry { get; }

    /// <summary>Indices of the industries upstream of each industry (ckg industry_upstream).</summary>
    public IReadOnlyList<IReadOnlyList<int>> UpstreamByIndustry { get; }

    public static DemoVocabulary Load(IDataFiles ckg)
    {
        var all = Rows(ckg, CkgLoader.Industries).Select(r => (Code: Text(r, "code"), Name: Text(r, "name"))).ToList();
        var leaves = all.Where(i => !i.Code.EndsWith("00", StringComparison.Ordinal)).ToList();
        var index = leaves.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var byName = leaves.Select((l, i) => (l.Name, i)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

        var weights = new int[leaves.Count];
        Array.Fill(weights, 1);
        var industryOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Rows(ckg, CkgLoader.CompanyIndustry))
        {
            if (index.TryGetValue(Text(row, "industryCode"), out var i))
            {
                weights[i]++;
                industryOf.TryAdd(Text(row, "companyCode"), i);
            }
        }

        var products = Enumerable.Range(0, leaves.Count).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        foreach (var row in Rows(ckg, CkgLoader.CompanyProduct))
        {
            var product = Text(row, "product");
            if (product.Length is >= 2 and <= CkgLoader.MaxProductNameLength && industryOf.TryGetValue(Text(row, "companyCode"), out var i))
            {
                products[i][product] = products[i].GetValueOrDefault(product) + 1;
            }
        }

        var upstream = Enumerable.Range(0, leaves.Count).Select(_ => new List<int>()).ToArray();
        foreach (var row in Rows(ckg, CkgLoader.IndustryUpstream))
        {
            if (byName.TryGetValue(Text(row, "industry"), out var to) && byName.TryGetValue(Text(row, "upstream"), out var from) && from != to)
            {
                upstream[to].Add(from);
            }
        }

        return new DemoVocabulary(
            leaves,
            weights,
            products.Select(p => (IReadOnlyList<string>)p.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray()).ToArray(),
            upstream.Select(u => (IReadOnlyList<int>)u.Distinct().Order().ToArray()).ToArray());
    }

    /// <summary>Copies a demo ckg file unchanged (industries, product relations, industry upstream are the real ones).</summary>
    public static long Copy(IDataFiles ckg, string name, string folder)
    {
        using var input = new StreamReader(ckg.Open(name));
        using var output = new StreamWriter(Path.Combine(folder, name));
        long lines = 0;
        while (input.ReadLine() is { } line)
        {
            output.WriteLine(line);
            lines++;
        }

        return lines;
    }

    private static IEnumerable<JsonElement> Rows(IDataFiles files, string name)
    {
        foreach (var (_, text) in LineReader.Read(files, name))
        {
            using var document = JsonDocument.Parse(text);
            yield return document.RootElement.Clone();
        }
    }

    private static string Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
