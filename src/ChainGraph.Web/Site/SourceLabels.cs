using System.Globalization;
using System.Text.RegularExpressions;

namespace ChainGraph.Web.Site;

/// <summary>
/// Where a fact came from, in words a chain lead can repeat: the provenance (source, reference) of a node or
/// relationship becomes a readable title (「A股上市公司主营构成（年报）」) and, for whoever wants to check it, the raw
/// record (data file and line) that pages show only behind a toggle. One home for these names: pages, exports
/// and briefings all read them from here.
/// </summary>
public static partial class SourceLabels
{
    /// <summary>A readable source; <see cref="Record"/> is the raw file and line (or sentence), null when there is none.</summary>
    public sealed record Label(string Title, string? Record);

    private static readonly Dictionary<string, string> s_ckgFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["companies.jsonl"] = "A股上市公司名录（交易所公开信息）",
        ["company_product.jsonl"] = "A股上市公司主营构成（年报）",
        ["company_industry.jsonl"] = "A股上市公司申万行业分类",
        ["industries.jsonl"] = "申万行业分类（2021版）",
        ["product_relations.jsonl"] = "产品上下游关系（年报与百科文本抽取）",
        ["industry_upstream.jsonl"] = "行业上下游关系（年报文本统计）",
    };

    public static Label Of(string source, string? reference)
    {
        var file = reference is null ? null : FileAndLine().Match(reference);
        var record = file is { Success: true }
            ? $"数据文件 {file.Groups["file"].Value}{(file.Groups["line"].Success ? $" 第 {int.Parse(file.Groups["line"].Value, CultureInfo.InvariantCulture):N0} 行" : "")}"
            : null;
        return source switch
        {
            "ckg" => new(file is { Success: true } && s_ckgFiles.TryGetValue(file.Groups["file"].Value, out var title) ? title : "A股上市公司产业链数据", record),
            "ickg25" or "ickg" => new("产业链时序知识图谱（新闻、专利、研报）", record),
            "regions" => new("全国行政区划代码（GB/T 2260）", null),
            "chains" => new("产业链模板（环节划分规则）", reference is null ? null : "模板文件 " + Path.GetFileName(reference)),
            "overrides" when reference?.StartsWith("web:", StringComparison.Ordinal) == true => new($"链长在线校正（{WebUser(reference)}）", null),
            "overrides" => new("链长校正（随系统发布）", record ?? reference),
            "policy" => new("招商政策文件", reference),
            "web-tests" => new("测试数据", null),
            _ when source.StartsWith("web:", StringComparison.Ordinal) => new($"链长在线校正（{source["web:".Length..]}）", null),
            // Sources named by their document (the anchors of the Dongli plan): the name is already a title.
            _ => new(source, PlanSection(reference)),
        };
    }

    /// <summary>The title, for places with room for one line (exports, briefing footnotes).</summary>
    public static string TitleOf(string source, string? reference) => Of(source, reference).Title;

    /// <summary>The title without its parenthetical (产业链时序知识图谱), for use inside a sentence that has its own brackets.</summary>
    public static string ShortTitleOf(string source, string? reference) => TitleOf(source, reference).Split('（')[0];

    // "web:admin:0" → admin
    private static string WebUser(string reference) => reference["web:".Length..].Split(':')[0];

    // "ingest/policy-docs/dongli-2024-investment-plan.txt (二)2 链接存量龙头企业招商" → "（二）2 链接存量龙头企业招商"
    private static string? PlanSection(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var section = FilePrefix().Replace(reference, "").Trim();
        return section.Length == 0 ? null : section.Replace('(', '（').Replace(')', '）');
    }

    [GeneratedRegex(@"^(?:.*/)?(?<file>[\w.-]+\.(?:jsonl|txt|csv|json|yaml|gz))(?::(?<line>\d+)|\s+id\s+\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FileAndLine();

    [GeneratedRegex(@"^\S+\.(?:txt|yaml|pdf|html?)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex FilePrefix();
}
