using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Core.Graph;
using ChainGraph.Projects;
using ChainGraph.Projects.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph projects update ID [field options] [--stage S --date D [--reason R]] [--funds X --funds-date D] [--note N]</c>:
/// one update (旬更新) of a project; everything given is checked together and written at once.
/// </summary>
internal sealed class ProjectsUpdateCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The project's number (projects list shows it)." };
        var fields = new ProjectFieldOptions();
        var user = ProjectFieldOptions.User();
        var json = CliOptions.Json();
        var command = new Command("update", "Update a project: edit fields, move its stage (with the day), record money that arrived, add a progress note.") { id, user, json };
        fields.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            var input = fields.Read(parse, await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct));
            var result = await services.GetRequiredService<ProjectService>().UpdateAsync(parse.GetValue(id), input, parse.GetValue(user)!, ct);
            if (result.NotFound)
            {
                throw new CliUserException($"There is no project {parse.GetValue(id)}; `chaingraph projects list` shows them.");
            }

            if (result.Errors is { } errors)
            {
                return ProjectPrinter.Errors(context, errors);
            }

            return await ProjectsShowCommand.PrintAsync(context, services.GetRequiredService<PipelineService>(), result.Value!.Id, parse.GetValue(json), ct);
        });
        return command;
    }
}
