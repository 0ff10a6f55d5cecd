using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph projects show ID [--json]</c>: a project's fields, warnings, dated history (who, when, what) and visits.</summary>
internal sealed class ProjectsShowCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The project's number." };
        var json = CliOptions.Json();
        var command = new Command("show", "One project with its warnings, its history of every change (who, when, what) and its visits.") { id, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            return await PrintAsync(context, services.GetRequiredService<PipelineService>(), parse.GetValue(id), parse.GetValue(json), ct);
        });
        return command;
    }

    public static async Task<int> PrintAsync(CliContext context, PipelineService pipeline, long id, bool json, CancellationToken cancellationToken)
    {
        var detail = await pipeline.GetAsync(id, cancellationToken)
            ?? throw new CliUserException($"There is no project {id}; `chaingraph projects list` shows them.");
        if (json)
        {
            context.WriteJson(detail);
        }
        else
        {
            ProjectPrinter.Detail(context, detail, pipeline.Names);
        }

        return CliApplication.ExitOk;
    }
}
