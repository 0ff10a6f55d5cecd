using System.Globalization;
using System.Net;
using System.Text;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Regions;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Events;

/// <summary>
/// Renders a <see cref="Briefing"/> as a self-contained, printable A4 HTML page (styles inline so headless
/// Chromium can print it from a file). Every text from data goes through <c>WebUtility.HtmlEncode</c>:
/// enterprise names are scraped and may contain markup.
/// </summary>
public static class BriefingHtml
{
    public static string Render(Briefing briefing, string css, bool forPrint, SiteTime time, DateOnly? dataAsOf)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>")
            .Append(E($"{briefing.EventName} 对接会简报")).Append("</title><style>").Append(css).Append("</style></head><body class=\"briefing\">");
        if (!forPrint)
        {
            html.Append("<nav class=\"no-print\"><a href=\"/events.html?id=").Append(briefing.EventId).Append("\">← 返回对接会</a> <a href=\"/api/events/")
                .Append(briefing.EventId).Append("/briefing.pdf\">导出 PDF</a> <button type=\"button\" id=\"print\">打印</button></nav>")
                .Append("<script src=\"/js/print.js\"></script>");
        }

        html.Append("<header><h1>").Append(E(briefing.EventName)).Append(" · 对接会简报</h1><p class=\"meta\">")
            .Append(E($"{briefing.Date:yyyy年M月d日} · {briefing.ChainName} · 本地：{briefing.Region.Name}（按{briefing.Region.CompareName}统计）"))
            .Append("</p></header>");
        AppendChainSection(html, briefing);
        foreach (var attendee in briefing.Attendees)
        {
            AppendAttendee(html, attendee);
        }

        if (briefing.Unresolved.Count > 0)
        {
            html.Append("<section class=\"attendee\"><h2>未匹配的参会单位</h2><p>").Append(E(string.Join("、", briefing.Unresolved)))
                .Append("</p><p class=\"note\">这些名称未能对应到图谱中的企业；可在对接会页面选择建议的匹配项。</p></section>");
        }

        var freshness = dataAsOf is { } asOf ? $" · 数据截至 {asOf:yyyy年M月d日}" : "";
        html.Append("<footer>").Append(E($"生成于 {time.Format(briefing.GeneratedAt)}{freshness} · ChainGraph · 数据来源见企业画像")).Append("</footer></body></html>");
        return html.ToString();
    }

    private static void AppendChainSection(StringBuilder html, Briefing briefing)
    {
        var s = briefing.Summary;
        html.Append("<section class=\"chain\"><h2>本链概况</h2><table class=\"figures\"><tr>")
            .Append(Cell("环节", s.Segments)).Append(Cell("本地覆盖", $"{s.LocalCoverage * 100:0}%")).Append(Cell("缺失环节", s.Missing))
            .Append(Cell("薄弱环节", s.Weak)).Append(Cell("本地企业", s.LocalEnterprises)).Append(Cell("参会企业", briefing.Attendees.Count + briefing.Unresolved.Count))
            .Append("</tr></table>");
        if (briefing.ChainGaps.Count > 0)
        {
            html.Append("<p><b>待补环节：</b>").Append(E(string.Join("、", briefing.ChainGaps))).Append("</p>");
        }

        html.Append("</section>");
    }

    private static void AppendAttendee(StringBuilder html, Briefing.AttendeeBrief a)
    {
        html.Append("<section class=\"attendee\"><h2>").Append(E(a.Name));
        if (a.InputName != a.Name)
        {
            html.Append(" <small>（名单：").Append(E(a.InputName)).Append("）</small>");
        }

        html.Append("</h2><p class=\"meta\">").Append(E(string.Join(" · ", new[] { EnterpriseCodes.Display(a.Key) ?? "", PlaceNames.Format(a.Province, a.City), a.IsLocal ? "本地企业" : "外地企业", string.Join("、", a.Tags) }.Where(x => x.Length > 0))))
            .Append("</p><table><tr><th>链上位置</th><td>")
            .Append(a.Segments.Count == 0 ? "未定位到本链环节" : string.Join("；", a.Segments.Select(p => E($"{p.Segment}（{StageLabel(p.Stage)}，本地{BriefingService.StatusLabel(p.Status)}）"))))
            .Append("</td></tr><tr><th>可供货给</th><td>").Append(Partners(a.CouldSupply))
            .Append("</td></tr><tr><th>可采购自</th><td>").Append(Partners(a.CouldBuyFrom))
            .Append("</td></tr><tr><th>可补链环节</th><td>").Append(a.GapsItCouldFill.Count == 0 ? "—" : E(string.Join("；", a.GapsItCouldFill)))
            .Append("</td></tr></table><h3>洽谈要点</h3><ol>");
        foreach (var point in a.TalkingPoints)
        {
            html.Append("<li>").Append(E(point)).Append("</li>");
        }

        html.Append("</ol></section>");
    }

    private static string Partners(IReadOnlyList<Briefing.Partner> partners) => partners.Count == 0
        ? "—"
        : string.Join("；", partners.Select(p => (p.IsAnchor ? "<b>链主</b> " : "") + E($"{p.Name}（{p.Basis}）")));

    public static string StageLabel(Stage stage) => stage switch
    {
        Stage.Upstream => "上游",
        Stage.Midstream => "中游",
        _ => "下游",
    };

    private static string Cell(string label, object value) =>
        $"<td><div class=\"value\">{E(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}</div><div class=\"label\">{E(label)}</div></td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
