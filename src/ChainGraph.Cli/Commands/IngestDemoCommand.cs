using System.CommandLine;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph ingest demo</c>: the shipped demo extract (regions, ckg, ickg25-past).</summary>
internal sealed class IngestDemoCommand : ICliCommand
{
    public string Parent => "ingest";

    public Command Create(CliContext context) => IngestCommandFactory.Create(
        context,
        "demo",
        "Import the shipped demo data: A-share chain graph (ckg), ICKG 2025 relations, regions. Idempotent.",
        folderDescription: null,
        expectedRows: 330_000,
        (ingest, _, progress, cancellationToken) => ingest.IngestDemoAsync(progress, cancellationToken));
}
