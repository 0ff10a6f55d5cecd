using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Core.Graph;
using ChainGraph.Projects;
using ChainGraph.Projects.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects add --enterprise E [--chain C --segment S] [field options] [--json]</c>: a new project (线索 unless --stage says otherwise).</summary>
internal sealed class ProjectsAddCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var fields = new ProjectFieldOptions();
        var user = ProjectFieldOptions.User();
        var json = CliOptions.Json();
        var command = new Command("add", "Add a project to the 项目库: the investor (from the graph, or a new one with --source), chain and segment, money, owner, next action.") { user, json };
        fields.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            var input = fields.Read(parse, await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct)) with { Origin = "Manual" };
            var result = await services.GetRequiredService<ProjectService>().CreateAsync(input, parse.GetValue(user)!, ct);
            if (result.Errors is { } errors)
            {
                return ProjectPrinter.Errors(context, errors);
            }

            var pipeline = services.GetRequiredService<PipelineService>();
            return await ProjectsShowCommand.PrintAsync(context, pipeline, result.Value!.Id, parse.GetValue(json), ct);
        });
        return command;
    }
}
