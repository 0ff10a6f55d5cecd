using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Projects;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Time;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects report [--month 2026-11] [--xlsx FILE] [--json]</c>: the 月调度 report, printed, as Excel, or as JSON.</summary>
internal sealed class ProjectsReportCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var month = new Option<string?>("--month") { Description = "The month (yyyy-MM; default this month, China time)." };
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "Also write the report as an Excel workbook to this file." };
        var json = CliOptions.Json();
        var command = new Command("report", "The 月调度 report of a month: new projects and stage moves, signings, landings, money that arrived, visits, overdue projects, per owner unit.") { month, xlsx, json };
        command.SetAction(async (parse, ct) =>
        {
            YearMonth? chosen = null;
            if (parse.GetValue(month) is { } text)
            {
                chosen = YearMonth.TryParse(text, out var parsed) ? parsed : throw new CliUserException($"--month '{text}' must be a month written yyyy-MM, e.g. 2026-11.");
            }

            await using var services = await context.CreateServicesAsync(parse, ct);
            var report = await services.GetRequiredService<PipelineService>().ReportAsync(chosen, ct);
            if (parse.GetValue(xlsx) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, MonthlyReportXlsx.Write(report), ct);
                await context.Error.WriteLineAsync($"wrote {file.FullName}");
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(report);
                return CliApplication.ExitOk;
            }

            Print(context, report);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(CliContext context, MonthlyReport report)
    {
        var s = report.Summary;
        context.Output.WriteLine($"{report.Title}（生成于 {ChinaTime.Format(report.GeneratedAt)}，{report.Xun}）");
        context.Output.WriteLine($"新增项目 {s.NewProjects} · 阶段变更 {s.StageChanges} · 新签约 {s.Signed}（计划投资 {ProjectDisplay.Amount(s.SignedInvestment)} 亿元）· 新落地 {s.Landed} · 终止 {s.Terminated}");
        context.Output.WriteLine($"到位资金 {ProjectDisplay.Amount(s.Funds)} 亿元 · 完成走访 {s.VisitsDone} · 下月计划走访 {s.VisitsPlannedNextMonth} · 逾期项目 {s.Overdue}（停滞超过一旬 {s.Stalled}）");
        var units = new Table().Border(TableBorder.Rounded).Title("分单位").AddColumns("责任单位", "在推", "新增", "阶段变更", "新签约", "新落地", "到位(亿元)", "完成走访", "下月计划", "逾期");
        foreach (var u in report.Units)
        {
            units.AddRow(Markup.Escape(u.Unit), N(u.Active), N(u.NewProjects), N(u.StageChanges), N(u.Signed), N(u.Landed), ProjectDisplay.Amount(u.Funds), N(u.VisitsDone), N(u.VisitsPlannedNextMonth), N(u.Overdue));
        }

        context.Console.Write(units);
        if (report.Overdue.Count > 0)
        {
            var overdue = new Table().Border(TableBorder.Rounded).Title("逾期与停滞").AddColumns("类型", "项目", "责任单位", "情况");
            foreach (var a in report.Overdue)
            {
                overdue.AddRow(MonthlyReportXlsx.AlertLabel(a.Kind), Markup.Escape($"#{a.ProjectId} {a.ProjectName}"), Markup.Escape(a.OwnerUnit), Markup.Escape(a.Detail));
            }

            context.Console.Write(overdue);
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
