using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Regions;

namespace ChainGraph.Ingest.Ckg;

/// <summary>
/// Loads the ChainKnowledgeGraph (A-share) data set: Shenwan industries, listed companies with
/// their location, company industries, main products with revenue share, product relations
/// (上游材料/产品小类/下游产品) and industry upstream relations. Each file is written in batches;
/// a malformed row stops the load with a message naming file, line and field, after the batches
/// before it have been committed.
/// </summary>
public sealed class CkgLoader(IGraphStore store, IngestOptions options)
{
    public const string Companies = "companies.jsonl";
    public const string Industries = "industries.jsonl";
    public const string CompanyIndustry = "company_industry.jsonl";
    public const string CompanyProduct = "company_product.jsonl";
    public const string ProductRelations = "product_relations.jsonl";
    public const string IndustryUpstream = "industry_upstream.jsonl";

    /// <summary>Product names outside this length are extraction noise (fragments, whole sentences).</summary>
    public const int MaxProductNameLength = 40;

    public async Task<IReadOnlyList<LoadReport>> LoadAsync(IDataFiles files, string source, DateTimeOffset fetchedAt, EnterpriseLocator locator, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var context = new CkgLoadContext(source, fetchedAt, files, locator, progress);
        return
        [
            await LoadIndustriesAsync(context, cancellationToken),
            await LoadCompaniesAsync(context, cancellationToken),
            await LoadCompanyIndustriesAsync(context, cancellationToken),
            await LoadCompanyProductsAsync(context, cancellationToken),
            await LoadProductRelationsAsync(context, cancellationToken),
            await LoadIndustryUpstreamAsync(context, cancellationToken),
        ];
    }

    /// <summary>The Product node key for a product name: its folded form, so 锂电池 and 锂电池 (full-width spaces) meet.</summary>
    public static string ProductKey(string name) => Core.Text.NameNormalizer.Fold(name);

    private async Task<LoadReport> LoadIndustriesAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(Industries));
        var writer = context.Writer(store, options, Industries);
        var parents = new List<(long Line, string Code, string Parent, string Reference)>();
        foreach (var row in JsonlRow.Read(context.Files, Industries))
        {
            report.RowsRead++;
            var code = row.RequiredString("code", 12);
            if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            {
                throw row.Error("code", $"'{code}' is not a six-digit Shenwan code");
            }

            var name = row.RequiredString("name", 100);
            var parent = row.OptionalString("parentCode", 12);
            context.IndustryCodes[code] = name;
            context.IndustryByName.TryAdd(name, code);
            var level = code.EndsWith("0000", StringComparison.Ordinal) ? "1" : code.EndsWith("00", StringComparison.Ordinal) ? "2" : "3";
            var node = new GraphNode(NodeKind.Industry, code, name, context.Provenance(row.Reference))
                .WithProperty("level", level)
                .WithProperty("scheme", "SW2021");
            await writer.AddAsync(node, row.Line, cancellationToken);
            if (!string.IsNullOrEmpty(parent))
            {
                parents.Add((row.Line, code, parent, row.Reference));
            }
        }

        foreach (var (line, code, parent, reference) in parents)
        {
            if (!context.IndustryCodes.ContainsKey(parent))
            {
                report.Skip("parentCode not among the industries");
                continue;
            }

            // Deeper levels win the name lookup (a level-3 名 shared with its level-2 parent is the level-3 one).
            if (context.IndustryCodes[code] == context.IndustryCodes[parent])
            {
                context.IndustryByName[context.IndustryCodes[code]] = code;
            }

            var edge = new GraphEdge(RelType.PartOf, new NodeRef(NodeKind.Industry, code), new NodeRef(NodeKind.Industry, parent), context.Provenance(reference));
            await writer.AddAsync(edge, line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    private async Task<LoadReport> LoadCompaniesAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(Companies));
        var writer = context.Writer(store, options, Companies);
        var contested = ContestedCodes(context.Files);
        foreach (var row in JsonlRow.Read(context.Files, Companies))
        {
            report.RowsRead++;
            var rawCode = row.RequiredString("code", 20);
            var code = StockCode.Normalize(rawCode) ?? throw row.Error("code", $"'{rawCode}' is not a stock code like 600000.SH (six digits, then .SH, .SZ or .BJ)");
            var name = row.RequiredString("name", 100);
            var fullName = row.OptionalString("fullName", 200);
            var listDate = row.LenientDate("listDate", out var badDate);
            if (badDate)
            {
                report.Count("listDate not a date (value dropped)");
            }

            if (contested.Contains(code) && !NamesAgree(name, fullName))
            {
                // Another company's row under this code (the data set gives 688078.SH 龙软科技 the full names of
                // 中国交建, 中国中铁 and eight more SOEs, each with its own list date): its full name and date are
                // not this code's, and as aliases they would pull those companies' news onto it.
                report.Count("rows whose code another company's row also carries (full name and list date not used)");
                if (context.Companies.ContainsKey(code))
                {
                    continue;
                }

                (fullName, listDate) = (null, null);
            }

            if (context.Companies.TryGetValue(code, out var first))
            {
                // The same code twice is one enterprise under an earlier name (金路集团 → 新金路): keep the first, alias the rest.
                var merged = first.WithAliases([.. first.Aliases, name, .. fullName is null ? Array.Empty<string>() : [fullName]]);
                context.Companies[code] = merged;
                report.Count("renamed listings merged");
                await writer.AddAsync(merged, row.Line, cancellationToken);
                continue;
            }

            var node = new GraphNode(NodeKind.Enterprise, code, name, context.Provenance(row.Reference))
                .WithProperty(EnterpriseProps.FullName, fullName)
                .WithProperty(EnterpriseProps.StockCode, code)
                .WithProperty(EnterpriseProps.Exchange, row.OptionalString("exchange", 50))
                .WithProperty(EnterpriseProps.ListDate, listDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .WithTags([EnterpriseTags.Listed]);
            var (located, region) = context.Locator.Locate(node);
            report.Count(region is null ? "location unknown" : "location derived");
            context.Companies[code] = located;
            await writer.AddAsync(located, row.Line, cancellationToken);
            if (region is not null)
            {
                var edge = new GraphEdge(RelType.LocatedIn, located.Ref, new NodeRef(NodeKind.Region, region.Code), context.Provenance(row.Reference))
                    .WithProperty("basis", located.Property(EnterpriseProps.LocationBasis));
                await writer.AddAsync(edge, row.Line, cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    /// <summary>
    /// Codes whose rows carry different list dates. A renamed listing (金路集团 → 新金路) keeps its list date, so
    /// rows of one code with two dates are two companies, and the code belongs to neither for certain.
    /// A malformed line ends the scan quietly: the loading pass reports it with its line and field.
    /// </summary>
    private static HashSet<string> ContestedCodes(IDataFiles files)
    {
        var dates = new Dictionary<string, HashSet<DateOnly>>(StringComparer.Ordinal);
        try
        {
            foreach (var row in JsonlRow.Read(files, Companies))
            {
                if (StockCode.Normalize(row.OptionalString("code", 20) ?? "") is { } code && row.LenientDate("listDate", out _) is { } date)
                {
                    (dates.TryGetValue(code, out var set) ? set : dates[code] = []).Add(date);
                }
            }
        }
        catch (InputFormatException)
        {
            // Reported by the loading pass.
        }

        return dates.Where(kv => kv.Value.Count > 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the full name carries the short name (江苏京源环保股份有限公司 / 京源环保), legal suffixes ignored.</summary>
    private static bool NamesAgree(string name, string? fullName) =>
        fullName is not null && NameNormalizer.Normalize(fullName).Contains(NameNormalizer.Normalize(name), StringComparison.Ordinal);

    private async Task<LoadReport> LoadCompanyIndustriesAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(CompanyIndustry));
        var writer = context.Writer(store, options, CompanyIndustry);
        var seen = new HashSet<(string, string)>();
        foreach (var row in JsonlRow.Read(context.Files, CompanyIndustry))
        {
            report.RowsRead++;
            var rawCode = row.RequiredString("companyCode", 20);
            var code = StockCode.Normalize(rawCode) ?? throw row.Error("companyCode", $"'{rawCode}' is not a stock code like 600000.SH");
            var industry = row.RequiredString("industryCode", 12);
            if (industry.Length != 6 || !industry.All(char.IsAsciiDigit))
            {
                throw row.Error("industryCode", $"'{industry}' is not a six-digit Shenwan code");
            }

            if (!context.IndustryCodes.ContainsKey(industry))
            {
                report.Skip("industry code not in industries.jsonl");
                continue;
            }

            if (!context.Companies.ContainsKey(code))
            {
                report.Skip("company not in companies.jsonl");
                continue;
            }

            if (!seen.Add((code, industry)))
            {
                report.Skip("duplicate row");
                continue;
            }

            var edge = new GraphEdge(RelType.InIndustry, new NodeRef(NodeKind.Enterprise, code), new NodeRef(NodeKind.Industry, industry), context.Provenance(row.Reference));
            await writer.AddAsync(edge, row.Line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    private async Task<LoadReport> LoadCompanyProductsAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(CompanyProduct));
        var writer = context.Writer(store, options, CompanyProduct);
        var seen = new HashSet<(string, string)>();
        foreach (var row in JsonlRow.Read(context.Files, CompanyProduct))
        {
            report.RowsRead++;
            var rawCode = row.RequiredString("companyCode", 20);
            var code = StockCode.Normalize(rawCode) ?? throw row.Error("companyCode", $"'{rawCode}' is not a stock code like 600000.SH");
            var product = RepairProductName(row.RequiredString("product", 500), report);
            var share = row.RequiredNumber("revenueShare", -1_000, 1_000);
            if (!context.Companies.ContainsKey(code))
            {
                report.Skip("company not in companies.jsonl");
                continue;
            }

            // Annual-report segment tables carry eliminations (抵销, negative) and rounding above 1.
            if (share < 0)
            {
                report.Skip("negative revenue share (accounting elimination line)");
                continue;
            }

            if (share > 1)
            {
                report.Count("revenue share above 1 capped at 1");
                share = 1;
            }

            var key = ProductKey(product);
            if (!IsUsableProductName(product, key))
            {
                report.Skip("product name is noise");
                continue;
            }

            if (!seen.Add((code, key)))
            {
                report.Skip("duplicate company-product row (first kept)");
                continue;
            }

            if (context.ProductKeys.Add(key))
            {
                await writer.AddAsync(new GraphNode(NodeKind.Product, key, product, context.Provenance(row.Reference)), row.Line, cancellationToken);
            }

            var edge = new GraphEdge(RelType.Makes, new NodeRef(NodeKind.Enterprise, code), new NodeRef(NodeKind.Product, key), context.Provenance(row.Reference))
            {
                Weight = Math.Round(share, 6),
            };
            await writer.AddAsync(edge, row.Line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    private async Task<LoadReport> LoadProductRelationsAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(ProductRelations));
        var writer = context.Writer(store, options, ProductRelations);
        var seen = new HashSet<(RelType, string, string)>();
        foreach (var row in JsonlRow.Read(context.Files, ProductRelations))
        {
            report.RowsRead++;
            var product = row.RequiredString("product", 500);
            var relation = row.RequiredString("relation", 20);
            var target = row.RequiredString("target", 500);
            var (type, fromName, toName) = relation switch
            {
                "上游材料" => (RelType.UpstreamOf, target, product),
                "下游产品" => (RelType.UpstreamOf, product, target),
                "产品小类" => (RelType.Contains, product, target),
                _ => throw row.Error("relation", $"'{relation}' is not one of 上游材料, 下游产品, 产品小类"),
            };
            var (fromKey, toKey) = (ProductKey(fromName), ProductKey(toName));
            if (!IsUsableProductName(fromName, fromKey) || !IsUsableProductName(toName, toKey) || fromKey == toKey)
            {
                report.Skip("product name is noise");
                continue;
            }

            // Keep the relations that touch what some company makes: the rest is recipe noise for this graph.
            if (!context.ProductKeys.Contains(fromKey) && !context.ProductKeys.Contains(toKey))
            {
                report.Skip("neither product is made by a company");
                continue;
            }

            if (!seen.Add((type, fromKey, toKey)))
            {
                report.Skip("duplicate row");
                continue;
            }

            foreach (var (key, name) in new[] { (fromKey, fromName), (toKey, toName) })
            {
                if (context.ProductKeys.Add(key))
                {
                    await writer.AddAsync(new GraphNode(NodeKind.Product, key, name, context.Provenance(row.Reference)), row.Line, cancellationToken);
                }
            }

            var edge = new GraphEdge(type, new NodeRef(NodeKind.Product, fromKey), new NodeRef(NodeKind.Product, toKey), context.Provenance(row.Reference));
            await writer.AddAsync(edge, row.Line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    private async Task<LoadReport> LoadIndustryUpstreamAsync(CkgLoadContext context, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(context.Describe(IndustryUpstream));
        var writer = context.Writer(store, options, IndustryUpstream);
        var seen = new HashSet<(string, string)>();
        foreach (var row in JsonlRow.Read(context.Files, IndustryUpstream))
        {
            report.RowsRead++;
            var industry = row.RequiredString("industry", 100);
            var upstream = row.RequiredString("upstream", 100);
            var count = row.RequiredNumber("count", 0, 1e9);
            if (!context.IndustryByName.TryGetValue(industry, out var to) || !context.IndustryByName.TryGetValue(upstream, out var from))
            {
                report.Skip("industry name not among the industries");
                continue;
            }

            if (from == to || !seen.Add((from, to)))
            {
                report.Skip("duplicate or self relation");
                continue;
            }

            var edge = new GraphEdge(RelType.UpstreamOf, new NodeRef(NodeKind.Industry, from), new NodeRef(NodeKind.Industry, to), context.Provenance(row.Reference))
            {
                Weight = count,
            };
            await writer.AddAsync(edge, row.Line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }

    /// <summary>
    /// Characters the source's text extraction split into two components, put back together (one entry per case found
    /// in the data: company_product.jsonl has 技术月艮务 for 技术服务, 603019.SH). Counted in the report.
    /// </summary>
    private static readonly (string Split, string Whole)[] s_splitCharacters = [("月艮", "服")];

    internal static string RepairProductName(string name, LoadReportBuilder report)
    {
        foreach (var (split, whole) in s_splitCharacters)
        {
            if (name.Contains(split, StringComparison.Ordinal))
            {
                report.Count($"product name with a split character repaired ({split} → {whole})");
                name = name.Replace(split, whole, StringComparison.Ordinal);
            }
        }

        return name;
    }

    private static bool IsUsableProductName(string name, string key) =>
        key.Length >= 2 && name.Length <= MaxProductNameLength && !key.All(char.IsAsciiDigit);
}
