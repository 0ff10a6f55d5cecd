using System.Globalization;
using System.Net;
using System.Text;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Reports;

/// <summary>
/// The 月调度 report as a self-contained, printable A4 HTML page (styles inline, so headless Chromium prints it
/// from a file, as the event briefings are). Every text from data goes through <c>WebUtility.HtmlEncode</c>.
/// </summary>
public static class MonthlyReportHtml
{
    public static string Render(MonthlyReport report, string css, bool forPrint)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>")
            .Append(E(report.Title)).Append("</title><style>").Append(css).Append("</style></head><body class=\"report\">");
        if (!forPrint)
        {
            var month = report.Month.ToString();
            html.Append("<nav class=\"no-print\"><a href=\"/dashboard.html\">← 返回招商看板</a> <a href=\"/projects/report?month=").Append(E(Previous(report.Month))).Append("\">上个月</a> ")
                .Append("<a href=\"/api/projects/report.xlsx?month=").Append(month).Append("\">导出 Excel</a> <a href=\"/api/projects/report.pdf?month=").Append(month)
                .Append("\">导出 PDF</a> <button type=\"button\" id=\"print\">打印</button></nav><script src=\"/js/print.js\"></script>");
        }

        html.Append("<header><h1>").Append(E(report.Title)).Append("</h1><p class=\"meta\">")
            .Append(E($"生成于 {ChinaTime.Format(report.GeneratedAt)}（北京时间，{report.Xun}）· 金额单位：亿元 · 逾期情况截至生成时"))
            .Append("</p></header>");
        AppendSummary(html, report.Summary);
        Table(html, "分单位情况", ["责任单位", "在推项目", "本月新增", "阶段变更", "新签约", "新落地", "到位资金", "完成走访", "下月计划走访", "逾期项目"],
            report.Units.Select(u => new object[] { u.Unit, u.Active, u.NewProjects, u.StageChanges, u.Signed, u.Landed, u.Funds, u.VisitsDone, u.VisitsPlannedNextMonth, u.Overdue }));
        Table(html, "逾期与停滞项目", ["类型", "项目", "责任单位 / 责任人", "情况"],
            report.Overdue.Select(a => new object[] { MonthlyReportXlsx.AlertLabel(a.Kind), $"{a.ProjectName}（{ProjectLabels.Label(a.Stage)}，{ProjectLabels.Label(a.Priority)}）", Join(a.OwnerUnit, a.OwnerPerson), a.Detail }),
            "overdue");
        Table(html, "本月新签约项目", ["签约日期", "项目", "产业链 · 环节", "计划投资", "累计到位", "责任单位"],
            report.Signings.Select(l => new object[] { ChinaTime.Format(l.On), $"{l.Project}（{l.Enterprise}）", l.Place, (object?)l.Planned ?? "—", l.FundsTotal, Join(l.OwnerUnit, l.OwnerPerson) }));
        Table(html, "本月新落地项目（首次注册）", ["注册日期", "项目", "产业链 · 环节", "计划投资", "累计到位", "责任单位"],
            report.Landings.Select(l => new object[] { ChinaTime.Format(l.On), $"{l.Project}（{l.Enterprise}）", l.Place, (object?)l.Planned ?? "—", l.FundsTotal, Join(l.OwnerUnit, l.OwnerPerson) }));
        Table(html, "本月资金到位", ["日期", "项目", "责任单位", "到位资金", "说明"],
            report.Funds.Select(f => new object[] { ChinaTime.Format(f.On), $"{f.Project}（{f.Enterprise}）", f.OwnerUnit, f.Amount, f.Note }));
        Table(html, "本月阶段变化", ["日期", "项目", "变化", "记录人"],
            report.Changes.Select(c => new object[] { ChinaTime.Format(c.On), $"{c.Project}（{c.Enterprise}）", (c.From.Length == 0 ? "新建：" + c.To : $"{c.From} → {c.To}") + (c.Reason.Length > 0 ? "，" + c.Reason : ""), c.By }));
        Table(html, "走访情况（本月完成、下月计划）", ["状态", "日期", "企业", "走访人员 / 会见对象", "成果与后续"],
            report.Visits.Select(v => new object[] { $"{v.Kind}·{v.Status}", v.On is { } on ? ChinaTime.Format(on) : "", v.Enterprise, Join(v.Visitors, v.Visitees), Join(v.Outcome, v.FollowUps) }));
        html.Append("<footer>").Append(E("ChainGraph 招商项目库 · 阶段与金额以各责任单位录入为准")).Append("</footer></body></html>");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, MonthlyReport.MonthSummary s)
    {
        html.Append("<section><h2>本月概况</h2><table class=\"figures\"><tr>")
            .Append(Figure("新增项目", s.NewProjects)).Append(Figure("新签约", s.Signed)).Append(Figure("签约投资（亿元）", s.SignedInvestment))
            .Append(Figure("新落地", s.Landed)).Append(Figure("到位资金（亿元）", s.Funds)).Append(Figure("完成走访", s.VisitsDone))
            .Append(Figure("逾期项目", s.Overdue)).Append("</tr></table></section>");
    }

    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<object[]> rows, string? cls = null)
    {
        var list = rows.ToList();
        html.Append("<section").Append(cls is null ? "" : $" class=\"{cls}\"").Append("><h2>").Append(E(title)).Append(" <small>").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(" 项</small></h2>");
        if (list.Count == 0)
        {
            html.Append("<p class=\"note\">无。</p></section>");
            return;
        }

        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell is int or decimal ? "<td class=\"num\">" : "<td>").Append(E(Text(cell))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string Figure(string label, object value) => $"<td><div class=\"value\">{E(Text(value))}</div><div class=\"label\">{E(label)}</div></td>";

    private static string Text(object? cell) => cell switch
    {
        decimal amount => ProjectDisplay.Amount(amount),
        int n => n.ToString(CultureInfo.InvariantCulture),
        null => "",
        var other => other.ToString() ?? "",
    };

    private static string Join(string a, string b) => string.Join(" / ", new[] { a, b }.Where(x => x.Length > 0));

    private static string Previous(YearMonth month) => month.Month > 1 ? new YearMonth(month.Year, month.Month - 1).ToString() : new YearMonth(month.Year - 1, 12).ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
