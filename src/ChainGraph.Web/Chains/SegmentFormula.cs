using System.Globalization;
using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>
/// The figures of one segment written out in Chinese for the drill-down: counts, the location quotient
/// (区位熵, the standard regional-specialisation ratio: local share of the segment over local share of the
/// chain — DESIGN.md "Chain map and gaps"), demand and the status rule with the configured threshold.
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
            s.Lq is { } lq
                ? $"区位熵 = (本地权重 ÷ 全国权重) ÷ 本链本地占比 = ({N(s.LocalWeight)} ÷ {N(s.NationalWeight)}) ÷ {N(share, 4)} = {N(lq)}"
                : "区位熵：该环节在图谱中没有企业，无法计算",
            $"需求度 = 它所供给的下游环节中本地企业权重之和（链主 ×{N(options.AnchorWeight)}）= {N(s.Demand)}（{s.DemandSources.Count} 项）",
            s.Status switch
            {
                SegmentStatus.Missing => $"判定：缺失 —— 需求度 {N(s.Demand)} > 0，但本地没有企业",
                SegmentStatus.Weak => $"判定：薄弱 —— 区位熵 {N(s.Lq ?? 0)} 低于阈值 {N(options.WeakThreshold)}",
                _ => $"判定：较强 —— 区位熵 {N(s.Lq ?? 0)} 不低于阈值 {N(options.WeakThreshold)}",
            },
        };
        return lines;
    }

    private static string N(double value, int digits = 3) => Math.Round(value, digits).ToString(CultureInfo.InvariantCulture);
}
