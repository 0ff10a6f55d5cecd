using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Core.Chains;
using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects list [--stage S] [--chain C] [--owner U] [--priority P] [--flag overdue|stalled|due] [--text T] [--json]</c>.</summary>
internal sealed class ProjectsListCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var stage = new Option<string?>("--stage") { Description = "Only projects in this stage (线索 … 运营, 终止), or 'active' (线索 to 投产)." };
        var chain = new Option<string?>("--chain") { Description = "Only projects of this chain (id or Chinese name)." };
        var owner = new Option<string?>("--owner") { Description = "Only projects of this owner unit (责任单位)." };
        var priority = new Option<string?>("--priority") { Description = "一般|重点|重大." };
        var flag = new Option<string?>("--flag") { Description = "overdue (下一步逾期), stalled (停滞超过一旬) or due (本旬未更新)." };
        var text = new Option<string?>("--text") { Description = "Text in the project's or investor's name." };
        var json = CliOptions.Json();
        var command = new Command("list", "The 项目库: projects with stage, money, owner, next action and warnings; filters combine.") { stage, chain, owner, priority, flag, text, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            var filter = new ProjectFilter
            {
                ActiveOnly = parse.GetValue(stage) is "active",
                Stage = parse.GetValue(stage) is { } s and not "active" ? Parse<ProjectStage>(s, "--stage") : null,
                Chain = parse.GetValue(chain) is { } c ? FindChain(services, c) : null,
                OwnerUnit = parse.GetValue(owner),
                Priority = parse.GetValue(priority) is { } p ? Parse<ProjectPriority>(p, "--priority") : null,
                Flag = parse.GetValue(flag) switch
                {
                    null => null,
                    "overdue" => AlertKind.ActionOverdue,
                    "stalled" => AlertKind.Stalled,
                    "due" => AlertKind.NotUpdatedThisXun,
                    var other => throw new CliUserException($"--flag '{other}' must be overdue, stalled or due."),
                },
                Text = parse.GetValue(text),
            };
            var pipeline = services.GetRequiredService<PipelineService>();
            var rows = await pipeline.ListAsync(filter, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(rows.Select(r => new { project = r.Project, alerts = r.Alerts }));
            }
            else
            {
                ProjectPrinter.List(context, rows, pipeline.Names);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }

    private static T Parse<T>(string text, string option) where T : struct, Enum =>
        ProjectLabels.TryParse<T>(text, out var value) ? value : throw new CliUserException($"{option} '{text}' must be one of {ProjectLabels.Choices<T>()}.");

    private static string FindChain(IServiceProvider services, string chain)
    {
        try
        {
            return services.GetRequiredService<IChainMapService>().FindChain(chain).Id;
        }
        catch (ChainNotFoundException ex)
        {
            throw new CliUserException(ex.Message);
        }
    }
}
