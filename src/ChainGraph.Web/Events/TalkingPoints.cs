using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;

namespace ChainGraph.Web.Events;

/// <summary>
/// Talking points for one attendee, written from its chain position: what to ask for (a base in a missing or
/// weak segment), whom to introduce it to (local anchors it could supply or buy from), what to confirm.
/// </summary>
public static class TalkingPoints
{
    public static IReadOnlyList<string> For(
        GraphNode enterprise,
        bool isLocal,
        IReadOnlyList<Briefing.Position> positions,
        IReadOnlyList<Briefing.Partner> couldSupply,
        IReadOnlyList<Briefing.Partner> couldBuy,
        string region)
    {
        var points = new List<string>();
        if (positions.Count == 0)
        {
            points.Add("图谱中尚未将该企业定位到本链环节：会前核实其主营产品与本链的关联。");
        }

        foreach (var gap in positions.Where(p => p.Status != SegmentStatus.Strong).Take(2))
        {
            points.Add(isLocal
                ? $"该企业在本地{BriefingService.StatusLabel(gap.Status)}环节「{gap.Segment}」：了解扩产计划与配套需求，争取做大做强。"
                : $"对方所在环节「{gap.Segment}」在{region}{BriefingService.StatusLabel(gap.Status)}：洽谈在{region}设立生产基地、分公司或区域中心，补齐链条。");
        }

        if ((couldSupply.FirstOrDefault(p => p.IsAnchor) ?? couldSupply.FirstOrDefault()) is { } customer)
        {
            points.Add($"可向本地{(customer.IsAnchor ? "链主" : "企业")}「{customer.Name}」（{customer.Segment}）供货：安排供需对接，了解准入与认证要求。");
        }

        if ((couldBuy.FirstOrDefault(p => p.IsAnchor) ?? couldBuy.FirstOrDefault()) is { } supplier)
        {
            points.Add($"本地「{supplier.Name}」（{supplier.Segment}）可为其配套：推介本地供应能力，缩短采购半径。");
        }

        var quality = enterprise.Tags.Where(t => t is EnterpriseTags.Listed or EnterpriseTags.Specialized or EnterpriseTags.HighTech or EnterpriseTags.Fortune500 or EnterpriseTags.CentralSoe or EnterpriseTags.Unicorn).ToArray();
        if (quality.Length > 0)
        {
            points.Add($"企业资质：{string.Join("、", quality)}；可介绍对应的人才、融资与上市扶持政策。");
        }

        if (points.Count == 0)
        {
            points.Add(isLocal ? "本地企业：了解经营现状、扩产计划与政策诉求。" : $"了解对方在{region}及周边的布局计划与合作意向。");
        }

        return points;
    }
}
