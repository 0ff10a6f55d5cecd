using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph resolve reject ID</c>: Reject the match: the row is stored as an entity of its own, and the pair is not proposed again.</summary>
internal sealed class ResolveRejectCommand : ICliCommand
{
    public string Parent => "resolve";

    public Command Create(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The entry id shown by `chaingraph resolve list`." };
        var command = new Command("reject", "Reject the match: the row is stored as an entity of its own, and the pair is not proposed again.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var node = await services.GetRequiredService<ReviewService>().RejectAsync(parseResult.GetValue(id), cancellationToken);
            await context.Output.WriteLineAsync($"rejected: {node.Kind}:{node.Key} {node.Name}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
