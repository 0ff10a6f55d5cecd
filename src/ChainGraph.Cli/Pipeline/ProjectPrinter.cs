using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Time;
using Spectre.Console;

namespace ChainGraph.Cli.Pipeline;

/// <summary>How the <c>projects</c> commands print: tables in Chinese, amounts in 亿元, times in China time; field problems one per line.</summary>
internal static class ProjectPrinter
{
    /// <summary>Prints each field problem as "字段（name）：message" and returns the input-error exit code.</summary>
    public static int Errors(CliContext context, FieldErrors errors)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                context.Error.WriteLine($"error: {ProjectFieldNames.Of(field)}（{field}）：{message}");
            }
        }

        return CliApplication.ExitInputError;
    }

    public static void List(CliContext context, IReadOnlyList<(Project Project, IReadOnlyList<ProjectAlert> Alerts)> rows, ChainNames names)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("编号", "项目", "投资企业", "产业链 · 环节", "阶段", "计划投资(亿元)", "到位(亿元)", "责任单位", "下一步", "预警");
        foreach (var (p, alerts) in rows)
        {
            table.AddRow(
                p.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Name), Markup.Escape(p.EnterpriseName), Markup.Escape(names.Place(p)),
                ProjectLabels.Label(p.Stage), ProjectDisplay.Amount(p.PlannedInvestment), ProjectDisplay.Amount(p.FundsTotal), Markup.Escape(p.OwnerUnit),
                Markup.Escape(p.NextAction + (p.NextActionDue is { } due ? $"（{ChinaTime.Format(due)}）" : "")),
                Markup.Escape(string.Join("；", alerts.Select(a => MonthlyReportXlsx.AlertLabel(a.Kind)))));
        }

        context.Console.Write(table);
        context.Output.WriteLine($"{rows.Count} 个项目");
    }

    public static void Detail(CliContext context, ProjectDetail detail, ChainNames names)
    {
        var p = detail.Project;
        context.Output.WriteLine($"#{p.Id} {p.Name} · {ProjectLabels.Label(p.Stage)}{(p.TerminationReason is { } reason ? "（" + reason + "）" : "")}");
        var fields = new Table().Border(TableBorder.Rounded).AddColumns("字段", "内容");
        foreach (var (_, label, text) in ProjectDisplay.Fields(p, names).Where(f => f.Text.Length > 0))
        {
            fields.AddRow(Markup.Escape(label), Markup.Escape(text));
        }

        fields.AddRow("累计到位（亿元）", ProjectDisplay.Amount(p.FundsTotal));
        fields.AddRow("来源", ProjectLabels.Label(p.Origin));
        fields.AddRow("创建 / 最近更新", $"{Markup.Escape(p.CreatedBy)} {ChinaTime.Format(p.CreatedAt)} / {ChinaTime.Format(p.UpdatedAt)}");
        context.Console.Write(fields);
        foreach (var alert in detail.Alerts)
        {
            context.Output.WriteLine($"预警：{MonthlyReportXlsx.AlertLabel(alert.Kind)} · {alert.Detail}");
        }

        var history = new Table().Border(TableBorder.Rounded).Title("历史记录").AddColumns("记录时间", "记录人", "事项", "发生日期", "内容");
        foreach (var entry in detail.History)
        {
            var changes = string.Join("\n", entry.Action switch
            {
                AuditAction.StageChanged => [],
                AuditAction.ProjectCreated => entry.Changes.Where(c => c.After.Length > 0).Select(c => $"{c.Label}：{c.After}"),
                _ => entry.Changes.Select(c => $"{c.Label}：{(c.Before.Length == 0 ? "（空）" : c.Before)} → {(c.After.Length == 0 ? "（空）" : c.After)}"),
            });
            history.AddRow(ChinaTime.Format(entry.At), Markup.Escape(entry.By), ProjectLabels.Label(entry.Action), entry.EffectiveOn is { } on ? ChinaTime.Format(on) : "",
                Markup.Escape(entry.Summary + (changes.Length > 0 ? "\n" + changes : "")));
        }

        context.Console.Write(history);
        if (detail.Visits.Count > 0)
        {
            Visits(context, detail.Visits);
        }
    }

    public static void Visits(CliContext context, IReadOnlyList<Visit> visits)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("走访").AddColumns("编号", "类型", "状态", "日期", "企业", "走访人员", "会见对象", "成果", "后续事项");
        foreach (var v in visits)
        {
            var day = v.Status == VisitStatus.Done ? v.DoneOn : v.PlannedOn;
            table.AddRow(v.Id.ToString(CultureInfo.InvariantCulture), ProjectLabels.Label(v.Kind), ProjectLabels.Label(v.Status), day is { } d ? ChinaTime.Format(d) : "",
                Markup.Escape(v.EnterpriseName), Markup.Escape(v.Visitors), Markup.Escape(v.Visitees), Markup.Escape(v.Outcome), Markup.Escape(v.FollowUps));
        }

        context.Console.Write(table);
    }
}
