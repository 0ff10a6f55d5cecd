using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Chains;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Changes;
using ChainGraph.Core.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph changes CHAIN [--since DATE] [--until DATE] [--region R] [--json]</c>: what changed in the chain
/// between two dates (产业链动态): relationships added or ended, enterprises placed in segments, segment statuses.
/// </summary>
internal sealed class ChangesCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var chain = new Argument<string>("CHAIN") { Description = "Chain id or Chinese name." };
        var since = new Option<string?>("--since") { Description = $"Start of the window, yyyy-MM-dd (exclusive); default {ChainChangesService.DefaultDays} days before --until." };
        var until = new Option<string?>("--until") { Description = "End of the window, yyyy-MM-dd (inclusive); default the latest date in the data." };
        var region = new Option<string?>("--region") { Description = "Home region (for local marks and statuses); default ChainGraph:HomeRegion:Region." };
        var json = CliOptions.Json();
        var command = new Command("changes", "What changed in a chain between two dates: new and ended relationships, new placements, status changes.") { chain, since, until, region, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var changes = await services.GetRequiredService<ChainChangesService>().GetAsync(
                parseResult.GetValue(chain)!, ParseDate(parseResult.GetValue(since), "--since"), ParseDate(parseResult.GetValue(until), "--until"), parseResult.GetValue(region), cancellationToken);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(changes);
            }
            else
            {
                Print(context.Console, changes);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CliUserException($"{option} '{text}' is not a date; write it as yyyy-MM-dd (e.g. 2025-06-21).");

    private static void Print(IAnsiConsole console, ChainChanges c)
    {
        console.WriteLine($"{c.ChainName} — changes after {c.From:yyyy-MM-dd} up to {c.To:yyyy-MM-dd}; home region {c.Home.CompareName}");
        var n = c.Counts;
        console.WriteLine($"relationships: {n.NewRelationships} new ({n.NewWithinChain} with both ends in the chain), {n.EndedRelationships} ended; placements: {n.NewPlacements} new, {n.EndedPlacements} ended; status changes: {n.StatusChanges}");
        var relationships = new Table().Border(TableBorder.Simple).Title("Relationships").AddColumns("date", "change", "type", "from", "to", "source");
        foreach (var r in c.Relationships)
        {
            relationships.AddRow(
                r.Evidence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Kind == ChangeKind.Added ? "new" : "ended", r.Type.Name(),
                Markup.Escape(Party(r.From)), Markup.Escape(Party(r.To)), Markup.Escape($"{r.Evidence.Source.Source} {r.Evidence.Source.Reference}"));
        }

        console.Write(relationships);
        var placements = new Table().Border(TableBorder.Simple).Title("Placements").AddColumns("date", "change", "segment", "enterprise", "weight", "source");
        foreach (var p in c.Placements)
        {
            placements.AddRow(
                p.Evidence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Kind == ChangeKind.Added ? "placed" : "removed", Markup.Escape(p.Segment),
                Markup.Escape(Party(p.Enterprise)), p.Weight.ToString("0.###", CultureInfo.InvariantCulture), Markup.Escape($"{p.Evidence.Source.Source} {p.Evidence.Source.Reference}"));
        }

        console.Write(placements);
        foreach (var s in c.Statuses)
        {
            console.WriteLine($"status {s.Segment}: {ChainMapJson.Status(s.Before)} → {ChainMapJson.Status(s.After)} (local {s.LocalBefore} → {s.LocalAfter})");
        }
    }

    private static string Party(ChainChanges.Party p) => p.Name + (p.IsLocal ? " [local]" : "") + (p.InChain ? "" : " [outside the chain]");
}
