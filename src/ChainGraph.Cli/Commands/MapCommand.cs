using System.CommandLine;
using ChainGraph.Cli.Chains;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph map CHAIN [--json] [--region R]</c>: the chain map for the home region;
/// with <c>--segment NAME --explain</c> the enterprises, facts and arithmetic behind one segment.
/// </summary>
internal sealed class MapCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var chain = new Argument<string>("CHAIN") { Description = "Chain id (nev, power, rail, aerospace, materials, biomed) or Chinese name (新一代汽车技术, …)." };
        var json = CliOptions.Json();
        var region = new Option<string?>("--region") { Description = "Home region for this run (e.g. 天津市东丽区, 山东省聊城市); default ChainGraph:HomeRegion:Region." };
        var segment = new Option<string?>("--segment") { Description = "One segment (id or Chinese name)." };
        var explain = new Option<bool>("--explain") { Description = "With --segment: list the enterprises, facts and arithmetic behind every figure." };
        var command = new Command("map", "The chain map: per segment national and local enterprises, location quotient (区位熵), demand and status.") { chain, json, region, segment, explain };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var service = services.GetRequiredService<IChainMapService>();
            var map = await service.GetMapAsync(parseResult.GetValue(chain)!, parseResult.GetValue(region), cancellationToken);
            var segmentName = parseResult.GetValue(segment);
            var asJson = parseResult.GetValue(json);
            if (parseResult.GetValue(explain) && segmentName is null)
            {
                throw new CliUserException("--explain needs --segment NAME: which segment's figures should be explained?");
            }

            if (segmentName is not null)
            {
                var explanation = service.Explain(map, segmentName);
                if (asJson)
                {
                    context.WriteJson(parseResult.GetValue(explain) ? ChainMapJson.Explanation(map, explanation) : ChainMapJson.Segment(map, explanation.Figures));
                }
                else if (parseResult.GetValue(explain))
                {
                    ChainMapPrinter.PrintExplanation(context.Console, map, explanation);
                }
                else
                {
                    ChainMapPrinter.PrintMap(context.Console, map, [explanation.Figures], "one segment");
                }

                return CliApplication.ExitOk;
            }

            if (asJson)
            {
                context.WriteJson(ChainMapJson.Map(map, map.Segments));
            }
            else
            {
                ChainMapPrinter.PrintMap(context.Console, map, map.Segments, "chain map");
            }

            return CliApplication.ExitOk;
        });
        return command;
    }
}
