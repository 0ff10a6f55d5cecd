using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph stats [--json]</c>: node counts by label and relationship counts by type.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("stats", "Count enterprises, industries, products, regions and relationships by type.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<IGraphStore>();
            var stats = await store.GetStatsAsync(cancellationToken);
            var relationships = stats.Relationships.OrderBy(kv => kv.Key.Name(), StringComparer.Ordinal).ToDictionary(kv => kv.Key.Name(), kv => kv.Value);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(new
                {
                    enterprises = stats.NodeCount(NodeKind.Enterprise),
                    industries = stats.NodeCount(NodeKind.Industry),
                    products = stats.NodeCount(NodeKind.Product),
                    regions = stats.NodeCount(NodeKind.Region),
                    chains = stats.NodeCount(NodeKind.Chain),
                    segments = stats.NodeCount(NodeKind.Segment),
                    patents = stats.NodeCount(NodeKind.Patent),
                    relationships,
                });
                return CliApplication.ExitOk;
            }

            var nodes = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(store.Description)).AddColumn("label").AddColumn(new TableColumn("nodes").RightAligned());
            foreach (var (kind, count) in stats.Nodes.OrderBy(kv => kv.Key))
            {
                nodes.AddRow(kind.Label(), $"{count:N0}");
            }

            var edges = new Table().Border(TableBorder.Rounded).AddColumn("relationship").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (type, count) in relationships)
            {
                edges.AddRow(type, $"{count:N0}");
            }

            context.Console.Write(new Columns(nodes, edges));
            context.Console.WriteLine();
            return CliApplication.ExitOk;
        });
        return command;
    }
}
