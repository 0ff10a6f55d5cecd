using System.Globalization;
using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>
/// The figures of one segment written out in Chinese for the drill-down: counts, the location quotient
/// (区位熵, the standard regional-specialisation ratio: local share of the segment over local share of the
/// chain — DESIGN.md "Chain map and gaps"), demand and the status rule with the configured thresholds
/// (docs/chains.md, "Status"). Every line agrees with the status: no quotient comparison where nothing is local.
/// </summary>
public static class SegmentFormula
{
    public static IReadOnlyList<string> Explain(ChainMap map, SegmentFigures s, ChainMapOptions options)
    {
        var share = map.Summary.ChainLocalShare;
        var lines = new List<string>
        {
            $"全国：{s.National} 家企业位于「{s.Segment}」，布局权重合计 {N(s.NationalWeight)}",
            $"本地（{map.Region.CompareName}）：{s.Local} 家，权重合计 {N(s.LocalWeight)}",
            $"本链本地占比 = 本链本地权重 ÷ 本链全国权重 = {N(share, 4)}",
            Quotient(s, share),
            $"需求度 = 它所供给的下游环节中本地企业权重之和（链主 ×{N(options.AnchorWeight)}）= {N(s.Demand)}（{s.DemandSources.Count} 项）",
            Verdict(s, options),
        };
        return lines;
    }

    /// <summary>The status and its rule in one sentence, e.g. 「判定：缺失（急需）—— 本地没有企业；本地 2 家企业依赖它」.</summary>
    public static string Verdict(SegmentFigures s, ChainMapOptions options)
    {
        var dependents = s.DemandSources.Select(d => d.Enterprise).Distinct().Count();
        var anchors = s.DemandSources.Where(d => d.IsAnchor).Select(d => d.Enterprise).Distinct().Count();
        var depend = dependents == 0 ? "" : anchors > 0 ? $"；本地 {dependents} 家企业（含链主 {anchors} 家）依赖它" : $"；本地 {dependents} 家企业依赖它";
        return s.Reason switch
        {
            StatusReason.NoEnterpriseAnywhere => $"判定：缺失{(s.Urgent ? "（急需）" : "")} —— 本地没有企业，图谱中全国也没有该环节的企业（数据尚未覆盖）{depend}",
            StatusReason.NoLocalEnterprise => $"判定：缺失{(s.Urgent ? "（急需）" : "")} —— 本地没有该环节的企业{depend}",
            StatusReason.LowLocationQuotient => $"判定：薄弱 —— 本地 {s.Local} 家，区位熵 {N(s.Lq ?? 0)} 低于阈值 {N(options.WeakThreshold)}",
            StatusReason.TooFewLocal => $"判定：薄弱 —— 区位熵 {N(s.Lq ?? 0)} 不低于阈值 {N(options.WeakThreshold)}，但本地仅 {s.Local} 家（较强需至少 {options.StrongMinEnterprises} 家或本地权重不低于 {N(options.StrongMinLocalWeight)}）",
            _ => $"判定：较强 —— 区位熵 {N(s.Lq ?? 0)} 不低于阈值 {N(options.WeakThreshold)}，本地 {s.Local} 家、权重 {N(s.LocalWeight)}",
        };
    }

    /// <summary>The status rule with the configured thresholds, for the map's legend.</summary>
    public static string Rules(ChainMapOptions options) =>
        $"判定：缺失 = 本地没有该环节的企业（本地企业或链主依赖它时为急需）；薄弱 = 区位熵低于 {N(options.WeakThreshold)}，或本地不足 {options.StrongMinEnterprises} 家且权重不足 {N(options.StrongMinLocalWeight)}；" +
        $"较强 = 区位熵不低于 {N(options.WeakThreshold)} 且本地至少 {options.StrongMinEnterprises} 家（或权重不低于 {N(options.StrongMinLocalWeight)}）";

    private static string Quotient(SegmentFigures s, double share) => s.Lq switch
    {
        { } lq when s.Local == 0 => $"区位熵 = 0（本地没有该环节的企业）",
        { } lq => $"区位熵 = (本地权重 ÷ 全国权重) ÷ 本链本地占比 = ({N(s.LocalWeight)} ÷ {N(s.NationalWeight)}) ÷ {N(share, 4)} = {N(lq)}",
        null when s.National == 0 => "区位熵：图谱中全国没有该环节的企业，无法计算",
        _ => "区位熵：本链在本地没有任何企业，无法计算",
    };

    private static string N(double value, int digits = 3) => Math.Round(value, digits).ToString(CultureInfo.InvariantCulture);
}
