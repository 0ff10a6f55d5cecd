using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Chains;
using ChainGraph.Ingest.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph ingest chains [--overrides FILE]</c>: writes the six chains, their anchors and the placement of enterprises.</summary>
internal sealed class IngestChainsCommand : ICliCommand
{
    public string Parent => "ingest";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var overrides = new Option<string?>("--overrides") { Description = "A chain lead's override file (YAML: pin/remove enterprises in segments); default: ChainGraph:ChainMap:OverridesPath." };
        var command = new Command("chains", "Write the chain templates (ingest/chains), the plan's anchors and the placement of enterprises into segments. Run after ckg/demo; idempotent.") { json, overrides };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var path = parseResult.GetValue(overrides) ?? services.GetRequiredService<ChainMapOptions>().OverridesPath;
            if (path is { Length: > 0 } && !File.Exists(path))
            {
                throw new CliUserException($"--overrides: the file '{path}' does not exist.");
            }

            var clock = Stopwatch.StartNew();
            var ingestor = new ChainIngestor(services.GetRequiredService<IGraphStore>(), services.GetRequiredService<IGraphSnapshotProvider>(), services.GetRequiredService<IngestOptions>());
            var report = await ingestor.IngestShippedAsync(path, cancellationToken);
            LoadReportPrinter.Print(context, [report], parseResult.GetValue(json), clock.Elapsed);
            return CliApplication.ExitOk;
        });
        return command;
    }
}
