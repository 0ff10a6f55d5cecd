using System.CommandLine;
using ChainGraph.Cli.Chains;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph gaps CHAIN [--json] [--region R]</c>: the missing and weak segments, most demanded first.</summary>
internal sealed class GapsCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var chain = new Argument<string>("CHAIN") { Description = "Chain id or Chinese name (e.g. 新一代汽车技术)." };
        var json = CliOptions.Json();
        var region = new Option<string?>("--region") { Description = "Home region for this run; default ChainGraph:HomeRegion:Region." };
        var command = new Command("gaps", "The weak and missing links (薄弱/缺失环节) of a chain for the home region, most demanded first. Trace a figure with `map CHAIN --segment NAME --explain`.") { chain, json, region };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var map = await services.GetRequiredService<IChainMapService>().GetMapAsync(parseResult.GetValue(chain)!, parseResult.GetValue(region), cancellationToken);
            var gaps = map.Gaps();
            if (parseResult.GetValue(json))
            {
                context.WriteJson(gaps.Select(g => ChainMapJson.Segment(map, g)).ToList());
            }
            else
            {
                ChainMapPrinter.PrintMap(context.Console, map, gaps, "gaps (missing and weak, most demanded first; urgent = missing and depended on)");
            }

            return CliApplication.ExitOk;
        });
        return command;
    }
}
