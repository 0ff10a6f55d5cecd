using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph distribution CHAIN [--segment S] [--province P] [--region R] [--json]</c>: where the chain's (or a
/// segment's) enterprises are, per province or per city of one province (全国分布).
/// </summary>
internal sealed class DistributionCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var chain = new Argument<string>("CHAIN") { Description = "Chain id (nev, power, rail, aerospace, materials, biomed) or Chinese name." };
        var segment = new Option<string?>("--segment") { Description = "One segment (id or Chinese name); default the whole chain." };
        var province = new Option<string?>("--province") { Description = "Drill into one province (江苏省, 江苏 or 32): per city (per district for 北京/天津/上海/重庆)." };
        var region = new Option<string?>("--region") { Description = "Home region to mark; default ChainGraph:HomeRegion:Region." };
        var json = CliOptions.Json();
        var command = new Command("distribution", "Where a chain's or segment's enterprises are: count, placement weight and share per province or city.") { chain, segment, province, region, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var map = await services.GetRequiredService<IChainMapService>().GetMapAsync(parseResult.GetValue(chain)!, parseResult.GetValue(region), cancellationToken);
            var distribution = DistributionCalculator.Compute(map, parseResult.GetValue(segment), parseResult.GetValue(province));
            if (parseResult.GetValue(json))
            {
                context.WriteJson(new
                {
                    distribution,
                    regions = distribution.Regions.Select(r => new { r.Code, r.Name, r.Enterprises, r.Weight, r.Share, r.WeightShare, r.IsHome, top = r.EnterpriseNodes.Take(5).Select(map.Snapshot.Name) }),
                });
                return CliApplication.ExitOk;
            }

            Print(context.Console, map, distribution);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, ChainMap map, ChainDistribution d)
    {
        var what = d.SegmentName is null ? d.ChainName : $"{d.ChainName} / {d.SegmentName}";
        var where = d.WithinName is null ? "by province" : $"in {d.WithinName}, by {d.Level}";
        console.WriteLine($"{what} — enterprises {where}; home region {d.Home.Name} (marked *)");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"national: {d.Enterprises} enterprises, placement weight {d.Weight:0.##}; {(d.WithinName is null ? "location unknown" : "city unknown")}: {d.Unlocated}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumns("region", "enterprises", "share", "weight", "weight share", "largest");
        foreach (var r in d.Regions)
        {
            table.AddRow(
                Markup.Escape((r.IsHome ? "* " : "") + r.Name),
                r.Enterprises.ToString(CultureInfo.InvariantCulture),
                r.Share.ToString("P1", CultureInfo.InvariantCulture),
                r.Weight.ToString("0.##", CultureInfo.InvariantCulture),
                r.WeightShare.ToString("P1", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("、", r.EnterpriseNodes.Take(3).Select(map.Snapshot.Name))));
        }

        console.Write(table);
    }
}
