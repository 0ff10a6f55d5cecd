using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph resolve confirm ID</c>: Confirm that the name is the candidate entity: the row is merged onto it and its name becomes an alias.</summary>
internal sealed class ResolveConfirmCommand : ICliCommand
{
    public string Parent => "resolve";

    public Command Create(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The entry id shown by `chaingraph resolve list`." };
        var command = new Command("confirm", "Confirm that the name is the candidate entity: the row is merged onto it and its name becomes an alias.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var node = await services.GetRequiredService<ReviewService>().ConfirmAsync(parseResult.GetValue(id), cancellationToken);
            await context.Output.WriteLineAsync($"confirmed: {node.Kind}:{node.Key} {node.Name}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
