using System.CommandLine;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph ingest ckg DIR</c>: a ChainKnowledgeGraph folder (companies.jsonl, industries.jsonl, …; plain or .gz).</summary>
internal sealed class IngestCkgCommand : ICliCommand
{
    public string Parent => "ingest";

    public Command Create(CliContext context) => IngestCommandFactory.Create(
        context,
        "ckg",
        "Import a ChainKnowledgeGraph (A-share) data folder. Idempotent; atomic per batch.",
        "Folder with companies.jsonl, industries.jsonl, company_industry.jsonl, company_product.jsonl, product_relations.jsonl, industry_upstream.jsonl (plain or .gz).",
        expectedRows: 230_000,
        (ingest, folder, progress, cancellationToken) => ingest.IngestCkgAsync(folder!, progress, cancellationToken));
}
