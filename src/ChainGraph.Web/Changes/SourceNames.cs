using ChainGraph.Core.Model;

namespace ChainGraph.Web.Changes;

/// <summary>
/// The name a chain lead reads for the data set a fact came from (<see cref="Provenance.Source"/>), instead of its
/// internal id; the file and line stay available behind a toggle or in an export's last column.
/// </summary>
public static class SourceNames
{
    private static readonly Dictionary<string, string> s_names = new(StringComparer.Ordinal)
    {
        ["ckg"] = "A股上市公司产业链数据（年报主营构成）",
        ["ickg25"] = "产业链知识图谱（新闻、公告）",
        ["ickg"] = "产业链知识图谱（新闻、公告）",
        ["chains"] = "产业链环节归类（按行业与主营产品）",
        ["overrides"] = "链长修正",
        ["regions"] = "国家行政区划代码",
    };

    public static string Of(string source) =>
        s_names.TryGetValue(source, out var name) ? name
        : source.StartsWith("policy:", StringComparison.Ordinal) ? "政策文件"
        : source.StartsWith("web:", StringComparison.Ordinal) ? "链长修正"
        : "其他来源";
}
