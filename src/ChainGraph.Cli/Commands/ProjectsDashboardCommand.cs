using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects dashboard [--year Y] [--json]</c>: progress against the year's targets, the funnel, the three rates and the warnings.</summary>
internal sealed class ProjectsDashboardCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "The year (default this year, China time)." };
        var json = CliOptions.Json();
        var command = new Command("dashboard", "The 招商看板: progress against the year's targets (ingest/plans), the funnel by stage, 履约率/开工率/资金到位率, overdue and stalled projects.") { year, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            var dashboard = await services.GetRequiredService<PipelineService>().DashboardAsync(parse.GetValue(year), ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(dashboard);
                return CliApplication.ExitOk;
            }

            Print(context, dashboard);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(CliContext context, PipelineDashboard d)
    {
        context.Output.WriteLine($"{d.Year}年招商看板（{d.CurrentXun}）");
        if (d.Plans.Count == 0)
        {
            context.Output.WriteLine($"{d.Year}年没有年度目标（已有：{string.Join("、", d.PlanYears.Select(y => y + "年"))}）。");
        }

        foreach (var plan in d.Plans)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(plan.Name)).AddColumns("目标", "目标值", "完成", "完成率");
            foreach (var t in plan.Targets)
            {
                table.AddRow(Markup.Escape(t.Name), $"{ProjectDisplay.Amount(t.Target)} {t.Unit}{(t.AtLeast ? "以上" : "")}",
                    t.Achieved is { } a ? $"{ProjectDisplay.Amount(a)} {t.Unit}" : "—", t.Ratio is { } r ? $"{r * 100:0.#}%" : "—");
            }

            context.Console.Write(table);
        }

        context.Output.WriteLine("漏斗（当前 / 累计达到）：" + string.Join("  ", d.Funnel.Select(f => $"{f.Label} {f.Current}/{f.Reached}")));
        var rates = d.Rates;
        context.Output.WriteLine($"{d.Year}年签约 {rates.Signed} 个：履约率 {Percent(rates.PerformanceRate)}，开工率 {Percent(rates.StartRate)}，资金到位率 {Percent(rates.FundsRate)}");
        context.Output.WriteLine($"逾期项目 {d.Figures.Overdue} 个，本旬未更新 {d.Figures.NotUpdatedThisXun} 个");
        foreach (var alert in d.Alerts.Where(a => a.IsOverdue))
        {
            context.Output.WriteLine($"  #{alert.ProjectId} {alert.ProjectName}（{alert.OwnerUnit}）：{alert.Detail}");
        }
    }

    private static string Percent(decimal? rate) => rate is { } r ? $"{r * 100:0.#}%" : "—";
}
