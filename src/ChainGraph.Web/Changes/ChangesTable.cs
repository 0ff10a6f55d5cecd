using System.Globalization;
using ChainGraph.Core.Changes;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Web.Site;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Changes;

/// <summary>
/// The rows of a 产业链动态 page, shared by the page (JSON) and the CSV/XLSX export so both carry the same facts:
/// one row per change, its date, what changed in Chinese, and its source (name and original record).
/// </summary>
public static class ChangesTable
{
    public static IReadOnlyList<string> Headers { get; } = ["日期", "类别", "变化", "企业", "对方企业", "环节", "是否本地", "说明", "来源", "原始记录"];

    public static IReadOnlyList<double> Widths { get; } = [11, 10, 8, 24, 24, 18, 8, 40, 30, 24];

    public sealed record Row(
        DateOnly Date, string Category, string Change, string EnterpriseKey, string Enterprise, string? OtherKey, string? Other,
        string Segment, bool Local, string Description, string Source, string? Reference)
    {
        /// <summary>A relationship whose two ends are both placed in the chain.</summary>
        public bool WithinChain { get; init; }

        /// <summary>The relationship in Chinese (供应, 合作, …), for a relationship row.</summary>
        public string? Relation { get; init; }
    }

    public static IReadOnlyList<Row> Rows(ChainChanges c)
    {
        var rows = new List<Row>();
        foreach (var s in c.Statuses)
        {
            rows.Add(new Row(c.To, "环节状态", $"{ChangesViews.StatusZh(s.Before)}→{ChangesViews.StatusZh(s.After)}", "", "", null, null, s.Segment, false,
                $"本地企业 {s.LocalBefore}→{s.LocalAfter} 家，区位熵 {Lq(s.LqBefore)}→{Lq(s.LqAfter)}（按两个日期的数据各算一次链图谱）", "链图谱计算", null));
        }

        foreach (var p in c.Placements)
        {
            var source = SourceLabels.Of(p.Evidence.Source.Source, p.Evidence.Source.Reference);
            rows.Add(new Row(p.Evidence.Date, "企业进入环节", p.Kind == ChangeKind.Added ? "新增" : "退出", p.Enterprise.Key, p.Enterprise.Name, null, null, p.Segment,
                p.Enterprise.IsLocal, string.Create(CultureInfo.InvariantCulture, $"{PlaceNames.Format(p.Enterprise.Province, p.Enterprise.City, none: "地区不详")}，归入权重 {p.Weight:0.##}"),
                source.Title, source.Record));
        }

        foreach (var r in c.Relationships)
        {
            var relation = RelationLabels.Of(r.Type.Name());
            var source = SourceLabels.Of(r.Evidence.Source.Source, r.Evidence.Source.Reference);
            rows.Add(new Row(r.Evidence.Date, "企业关系", r.Kind == ChangeKind.Added ? "新增" : "终止", r.From.Key, r.From.Name, r.To.Key, r.To.Name,
                string.Join("、", r.From.Segments.Concat(r.To.Segments).Distinct()), r.From.IsLocal || r.To.IsLocal,
                $"{r.From.Name} {relation} {r.To.Name}{(r.Qualifier is { } q ? $"（{q}）" : "")}{(r.BothInChain ? "，双方均在本链" : "")}",
                source.Title, source.Record) { WithinChain = r.BothInChain, Relation = relation });
        }

        // Newest first; on one day status changes, then placements, then relationships (the order added).
        return rows.Select((row, i) => (row, i)).OrderByDescending(x => x.row.Date).ThenBy(x => x.i).Select(x => x.row).ToList();
    }

    public static IReadOnlyList<object> Cells(Row row) =>
    [
        row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Category, row.Change, row.Enterprise, row.Other ?? "", row.Segment, row.Local ? "是" : "",
        row.Description, row.Source, row.Reference ?? "",
    ];

    private static string Lq(double? lq) => lq is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
