using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Chains;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph compare CHAIN [--region HOME] [--peers 苏州市,合肥市,…] [--json]</c>: the home region beside peer
/// regions, segment by segment (对标), and the segments peers are strong in where the home region is missing or weak.
/// </summary>
internal sealed class CompareCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var chain = new Argument<string>("CHAIN") { Description = "Chain id or Chinese name." };
        var region = new Option<string?>("--region") { Description = "Home region; default ChainGraph:HomeRegion:Region." };
        var peers = new Option<string?>("--peers") { Description = $"Peer regions, comma-separated (any province or city); default {string.Join(",", RegionComparer.DefaultPeers)}." };
        var json = CliOptions.Json();
        var command = new Command("compare", "Benchmark the home region against peer regions: local count, weight, location quotient and status per segment.") { chain, region, peers, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var maps = services.GetRequiredService<IChainMapService>();
            var chainName = parseResult.GetValue(chain)!;
            var peerNames = parseResult.GetValue(peers) is { Length: > 0 } list
                ? list.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : RegionComparer.DefaultPeers;
            if (peerNames.Count > RegionComparer.MaxPeers)
            {
                throw new CliUserException($"--peers names {peerNames.Count} regions; at most {RegionComparer.MaxPeers} can be compared at once.");
            }

            var home = await maps.GetMapAsync(chainName, parseResult.GetValue(region), cancellationToken);
            var peerMaps = new List<ChainMap>();
            foreach (var peer in peerNames)
            {
                peerMaps.Add(await maps.GetMapAsync(chainName, peer, cancellationToken));
            }

            var comparison = RegionComparer.Compare(home, peerMaps);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(comparison);
            }
            else
            {
                Print(context.Console, comparison);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, RegionComparison c)
    {
        console.WriteLine($"{c.ChainName} — {c.Regions[0].CompareName} (home) beside {string.Join(", ", c.Regions.Skip(1).Select(r => r.CompareName))}");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("segment");
        foreach (var r in c.Regions)
        {
            table.AddColumn(Markup.Escape(r.CompareName + " local/LQ/status"));
        }

        foreach (var s in c.Segments)
        {
            table.AddRow([Markup.Escape(s.Parent is null ? s.Segment : "  └ " + s.Segment), .. s.Figures.Select(f => Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{f.Local} / {(f.Lq is { } lq ? lq.ToString("0.##", CultureInfo.InvariantCulture) : "—")} / {ChainMapJson.Status(f.Status)}")))]);
        }

        console.Write(table);
        console.WriteLine($"Segments peers are strong in where {c.Regions[0].CompareName} is missing or weak ({c.PeerStrengths.Count}):");
        foreach (var p in c.PeerStrengths)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Segment} (home {ChainMapJson.Status(p.HomeStatus)}, demand {p.HomeDemand:0.##}): {p.PeerRegion} has {p.PeerLocal} enterprises, LQ {p.PeerLq:0.##}"));
        }
    }
}
