using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Policy;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph ingest policy FILE [--json]</c>: the enterprises, funds, regions and chains a policy document names, linked to the graph.</summary>
internal sealed class IngestPolicyCommand : ICliCommand
{
    public string Parent => "ingest";

    public Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A policy document as UTF-8 text (Traditional or Simplified Chinese)." };
        var json = CliOptions.Json();
        var command = new Command("policy", "Find the enterprises, funds, regions and chains a plan names; store the document as a Source with MENTIONS (sentence as evidence); report unresolved names.") { file, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var (analysis, result) = await services.GetRequiredService<PolicyAnalyzer>().IngestAsync(parseResult.GetValue(file)!, null, cancellationToken);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(new
                {
                    mentions = analysis.Mentions.Select(m => new { text = m.Text, kind = m.Kind.ToString().ToLowerInvariant(), entityId = m.EntityId, evidence = m.Evidence }),
                    unresolved = analysis.Unresolved,
                });
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(analysis.Document))
                .AddColumn("kind").AddColumn("name").AddColumn("entity").AddColumn("evidence");
            foreach (var mention in analysis.Mentions.OrderBy(m => m.Kind).ThenBy(m => m.Text, StringComparer.Ordinal))
            {
                var evidence = mention.Evidence.Length > 60 ? mention.Evidence[..60] + "…" : mention.Evidence;
                table.AddRow(mention.Kind.ToString().ToLowerInvariant(), Markup.Escape(mention.Text), Markup.Escape(mention.EntityId ?? "(unresolved)"), Markup.Escape(evidence));
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{analysis.Resolved} of {analysis.Mentions.Count} mentions linked; MENTIONS added {result.EdgesAdded}, updated {result.EdgesUpdated}. Unresolved: {string.Join("、", analysis.Unresolved)}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
