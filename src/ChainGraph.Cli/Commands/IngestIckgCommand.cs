using System.CommandLine;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph ingest ickg DIR</c>: an ICKG-format folder (facts.txt, or train/valid/test.txt).</summary>
internal sealed class IngestIckgCommand : ICliCommand
{
    public string Parent => "ingest";

    public Command Create(CliContext context) => IngestCommandFactory.Create(
        context,
        "ickg",
        "Import an ICKG temporal relation data set, resolving its companies to existing enterprises. Idempotent.",
        "Folder with entity2id.txt, relation2id.txt, time2id.txt and facts.txt or train.txt/valid.txt/test.txt (plain or .gz).",
        expectedRows: 80_000,
        (ingest, folder, progress, cancellationToken) => ingest.IngestIckgAsync(folder!, progress, cancellationToken));
}
