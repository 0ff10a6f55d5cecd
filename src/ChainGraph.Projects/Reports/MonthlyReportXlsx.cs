using ChainGraph.Core.Exports;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Reports;

/// <summary>The 月调度 report as an Excel workbook: a summary sheet, then one sheet per section. Amounts in 亿元 as numbers.</summary>
public static class MonthlyReportXlsx
{
    private static readonly double[] s_projectWidths = [12, 30, 28, 26, 8, 14, 14, 18, 10];

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(MonthlyReport report) => $"招商项目月调度_{report.Month}.xlsx";

    public static byte[] Write(MonthlyReport report)
    {
        var s = report.Summary;
        IReadOnlyList<object>[] summary =
        [
            ["报告", report.Title], ["生成时间", ChinaTime.Format(report.GeneratedAt) + "（北京时间，" + report.Xun + "）"],
            ["新增项目（个）", s.NewProjects], ["阶段变更（次）", s.StageChanges], ["新签约项目（个）", s.Signed], ["新签约计划投资额（亿元）", s.SignedInvestment],
            ["新落地项目（个，首次注册）", s.Landed], ["终止项目（个）", s.Terminated], ["本月到位资金（亿元）", s.Funds], ["本月完成走访（次）", s.VisitsDone],
            ["下月计划走访（次）", s.VisitsPlannedNextMonth], ["在库在推项目（个）", s.ActiveProjects], ["逾期项目（个，截至生成时）", s.Overdue], ["其中停滞超过一旬（个）", s.Stalled],
        ];
        return XlsxExport.Write(
        [
            new XlsxSheet("汇总", ["项目", "数值"], [30, 40], summary),
            new XlsxSheet("分单位", ["责任单位", "在推项目", "本月新增", "阶段变更", "新签约", "新落地", "到位资金（亿元）", "完成走访", "下月计划走访", "逾期项目"], [24, 10, 10, 10, 8, 8, 14, 10, 12, 10],
                report.Units.Select(u => (IReadOnlyList<object>)[u.Unit, u.Active, u.NewProjects, u.StageChanges, u.Signed, u.Landed, u.Funds, u.VisitsDone, u.VisitsPlannedNextMonth, u.Overdue])),
            new XlsxSheet("新签约", ProjectHeaders("签约日期"), s_projectWidths, report.Signings.Select(ProjectRow)),
            new XlsxSheet("新落地", ProjectHeaders("注册日期"), s_projectWidths, report.Landings.Select(ProjectRow)),
            new XlsxSheet("资金到位", ["日期", "项目", "投资企业", "责任单位", "到位资金（亿元）", "说明"], [12, 30, 28, 18, 14, 30],
                report.Funds.Select(f => (IReadOnlyList<object>)[ChinaTime.Format(f.On), f.Project, f.Enterprise, f.OwnerUnit, f.Amount, f.Note])),
            new XlsxSheet("阶段变化", ["日期", "项目", "投资企业", "责任单位", "原阶段", "新阶段", "原因", "记录人"], [12, 30, 28, 18, 8, 8, 24, 12],
                report.Changes.Select(c => (IReadOnlyList<object>)[ChinaTime.Format(c.On), c.Project, c.Enterprise, c.OwnerUnit, c.From.Length == 0 ? "（新建）" : c.From, c.To, c.Reason, c.By])),
            new XlsxSheet("逾期与停滞", ["类型", "项目", "投资企业", "阶段", "等级", "责任单位", "责任人", "天数", "情况"], [12, 30, 28, 8, 10, 18, 10, 6, 50],
                report.Overdue.Select(a => (IReadOnlyList<object>)[AlertLabel(a.Kind), a.ProjectName, a.EnterpriseName, ProjectLabels.Label(a.Stage), ProjectLabels.Label(a.Priority), a.OwnerUnit, a.OwnerPerson, a.Days, a.Detail])),
            new XlsxSheet("走访", ["状态", "日期", "类型", "企业", "项目", "走访人员", "会见对象", "成果", "后续事项", "责任单位"], [8, 12, 6, 28, 28, 16, 16, 40, 30, 18],
                report.Visits.Select(v => (IReadOnlyList<object>)[v.Status, v.On is { } on ? ChinaTime.Format(on) : "", v.Kind, v.Enterprise, v.Project ?? "", v.Visitors, v.Visitees, v.Outcome, v.FollowUps, v.OwnerUnit])),
        ]);
    }

    public static string AlertLabel(AlertKind kind) => kind switch
    {
        AlertKind.ActionOverdue => "下一步逾期",
        AlertKind.Stalled => "停滞超过一旬",
        _ => "本旬未更新",
    };

    private static IReadOnlyList<string> ProjectHeaders(string dateHeader) => [dateHeader, "项目", "投资企业", "产业链 · 环节", "当前阶段", "计划投资额（亿元）", "累计到位（亿元）", "责任单位", "责任人"];

    private static IReadOnlyList<object> ProjectRow(MonthlyReport.ProjectLine l) =>
        [ChinaTime.Format(l.On), l.Project, l.Enterprise, l.Place, l.Stage, l.Planned is { } planned ? (object)planned : "", l.FundsTotal, l.OwnerUnit, l.OwnerPerson];
}
