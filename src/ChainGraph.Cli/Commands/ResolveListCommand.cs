using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph resolve list [--all] [--json]</c>: the "possibly same as" entries waiting for a person.</summary>
internal sealed class ResolveListCommand : ICliCommand
{
    public string Parent => "resolve";

    public Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Include confirmed and rejected entries." };
        var json = CliOptions.Json();
        var command = new Command("list", "List names that possibly are an existing entity (weak or ambiguous matches); confirm or reject each by id.") { all, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var entries = await services.GetRequiredService<ReviewService>().ListAsync(parseResult.GetValue(all) ? null : ReviewStatus.Pending, cancellationToken);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(entries.Select(e => new
                {
                    id = e.Id,
                    name = e.Name,
                    candidate = e.Candidate.ToString(),
                    candidateName = e.CandidateName,
                    match = e.MatchKind.ToString(),
                    confidence = Math.Round(e.Confidence, 3),
                    source = e.Source,
                    reference = e.SourceRef,
                    status = e.Status.ToString().ToLowerInvariant(),
                }));
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("id").RightAligned()).AddColumn("name read")
                .AddColumn("possibly same as").AddColumn("match").AddColumn("source").AddColumn("status");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(e.Name),
                    Markup.Escape($"{e.CandidateName} ({e.Candidate})"),
                    $"{e.MatchKind} {e.Confidence:0.00}",
                    Markup.Escape(e.Source),
                    e.Status.ToString().ToLowerInvariant());
            }

            context.Console.Write(table);
            await context.Output.WriteLineAsync($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}. `chaingraph resolve confirm ID` merges; `chaingraph resolve reject ID` keeps them apart.");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
