using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Chains;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph chains [--json]</c>: the leading chains and their segments by stage.</summary>
internal sealed class ChainsCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("chains", "List the leading industry chains (templates in ingest/chains) with their segments by stage.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var chains = services.GetRequiredService<IChainMapService>().Chains;
            if (parseResult.GetValue(json))
            {
                context.WriteJson(chains.Select(ChainMapJson.Chain).ToList());
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "chain", "segments", "上游", "中游", "下游");
            foreach (var chain in chains)
            {
                string Names(Stage stage) => string.Join("、", chain.Segments.Where(s => s.Stage == stage).Select(s => s.Name));
                table.AddRow(
                    Markup.Escape(chain.Id),
                    Markup.Escape(chain.Name),
                    chain.Segments.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(Names(Stage.Upstream)),
                    Markup.Escape(Names(Stage.Midstream)),
                    Markup.Escape(Names(Stage.Downstream)));
            }

            context.Console.Write(table);
            return CliApplication.ExitOk;
        });
        return command;
    }
}
