using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph jobs list [--json]</c>: every source with its schedule and last run.</summary>
internal sealed class JobsListCommand : ICliCommand
{
    public string Parent => "jobs";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List the ingestion jobs (ingest/sources/*.yaml): name, kind, schedule, last run, status, rows added/updated/rejected.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var runner = services.GetRequiredService<JobRunner>();
            var catalog = runner.Catalog();
            var last = await services.GetRequiredService<RunHistoryStore>().LastRunsAsync(cancellationToken);
            var rows = catalog.Sources.Select(s => (Source: s, Run: last.GetValueOrDefault(s.Name))).ToArray();
            if (parseResult.GetValue(json))
            {
                context.WriteJson(rows.Select(r => new
                {
                    name = r.Source.Name,
                    kind = r.Source.Kind.Name(),
                    location = r.Source.Location,
                    schedule = r.Source.Schedule,
                    lastRun = r.Run?.StartedAt,
                    finished = r.Run?.FinishedAt,
                    status = r.Run?.Status.ToString().ToLowerInvariant(),
                    added = r.Run?.Added,
                    updated = r.Run?.Updated,
                    rejected = r.Run?.Rejected,
                    held = r.Run?.Held,
                    message = r.Run?.Message,
                }));
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(catalog.IngestRoot))
                .AddColumn("job").AddColumn("kind").AddColumn("schedule").AddColumn("last run (UTC)").AddColumn("status")
                .AddColumn(new TableColumn("added").RightAligned()).AddColumn(new TableColumn("updated").RightAligned())
                .AddColumn(new TableColumn("rejected").RightAligned()).AddColumn(new TableColumn("held").RightAligned());
            foreach (var (source, run) in rows)
            {
                table.AddRow(
                    Markup.Escape(source.Name),
                    source.Kind.Name(),
                    Markup.Escape(source.Schedule ?? "on demand"),
                    run is null ? "never" : run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    run is null ? "" : run.Status.ToString().ToLowerInvariant(),
                    run is null ? "" : $"{run.Added:N0}",
                    run is null ? "" : $"{run.Updated:N0}",
                    run is null ? "" : $"{run.Rejected:N0}",
                    run is null ? "" : $"{run.Held:N0}");
            }

            context.Console.Write(table);
            foreach (var (file, problem) in catalog.Problems)
            {
                await context.Error.WriteLineAsync($"invalid source '{file}': {problem}");
            }

            return catalog.Problems.Count > 0 ? CliApplication.ExitInputError : CliApplication.ExitOk;
        });
        return command;
    }
}
