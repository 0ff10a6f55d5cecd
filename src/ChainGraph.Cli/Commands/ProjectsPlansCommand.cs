using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects plans [--check FILE]</c>: the year plans and their targets; <c>--check</c> validates a plan file before it is installed.</summary>
internal sealed class ProjectsPlansCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var check = new Option<FileInfo?>("--check") { Description = "Validate this plan file (file:line: field: problem on error) instead of listing the installed plans." };
        var command = new Command("plans", "The year plans (ingest/plans and ChainGraph:Projects:PlansFolder): targets, measures, quotes.") { check };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<YearPlan> plans;
            if (parse.GetValue(check) is { } file)
            {
                using var reader = file.OpenText();
                plans = [PlanCatalog.Parse(file.FullName, reader)];
            }
            else
            {
                await using var services = await context.CreateServicesAsync(parse, ct);
                plans = services.GetRequiredService<Lazy<PlanCatalog>>().Value.Plans;
            }

            foreach (var plan in plans)
            {
                var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{plan.Year} {plan.Name}（{plan.Region}）"))
                    .AddColumns("id", "目标", "计量", "目标值", "计入项目", "原文");
                foreach (var t in plan.Targets)
                {
                    var measure = TargetMeasures.Find(t.Measure)!;
                    var selects = measure.SelectsProjects
                        ? $"{(measure.Name is "funds" or "land" ? "" : "达到" + ProjectLabels.Label(t.Stage))}{(t.Categories.Count > 0 ? " · " + string.Join("、", t.Categories.Select(c => ProjectLabels.Label(c))) : "")}"
                        : "";
                    table.AddRow(Markup.Escape(t.Id), Markup.Escape(t.Name), t.Measure, $"{ProjectDisplay.Amount(t.Value)} {measure.Unit}{(t.AtLeast ? "以上" : "")}", Markup.Escape(selects), Markup.Escape(t.Quote));
                }

                context.Console.Write(table);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }
}
