using ChainGraph.Ingest.Loading;
using Spectre.Console;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>Prints load reports as a table, or as JSON.</summary>
internal static class LoadReportPrinter
{
    public static void Print(CliContext context, IReadOnlyList<LoadReport> reports, bool json, TimeSpan elapsed)
    {
        if (json)
        {
            context.WriteJson(new
            {
                elapsedSeconds = Math.Round(elapsed.TotalSeconds, 2),
                sources = reports.Select(r => new
                {
                    source = r.Source,
                    rowsRead = r.RowsRead,
                    nodesAdded = r.Result.NodesAdded,
                    nodesUpdated = r.Result.NodesUpdated,
                    nodesUnchanged = r.Result.NodesUnchanged,
                    relationshipsAdded = r.Result.EdgesAdded,
                    relationshipsUpdated = r.Result.EdgesUpdated,
                    relationshipsUnchanged = r.Result.EdgesUnchanged,
                    rejected = r.Result.Rejected.Count,
                    skipped = r.Skipped,
                    counts = r.Counts,
                }),
            });
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Import");
        foreach (var column in new[] { "source", "rows read", "added", "updated", "unchanged", "skipped" })
        {
            table.AddColumn(column);
        }

        foreach (var report in reports)
        {
            var r = report.Result;
            table.AddRow(
                Markup.Escape(report.Source),
                $"{report.RowsRead:N0}",
                $"{r.Added:N0}",
                $"{r.Updated:N0}",
                $"{r.NodesUnchanged + r.EdgesUnchanged:N0}",
                $"{report.SkippedTotal:N0}");
        }

        context.Console.Write(table);
        foreach (var report in reports.Where(r => r.Skipped.Count + r.Counts.Count + r.Result.Rejected.Count > 0))
        {
            var details = report.Counts.Select(kv => $"{kv.Key}: {kv.Value:N0}")
                .Concat(report.Skipped.Select(kv => $"skipped, {kv.Key}: {kv.Value:N0}"))
                .Concat(report.Result.Rejected.GroupBy(x => x.Edge.Type).Select(g => $"rejected {g.Key} (endpoint missing): {g.Count():N0}"));
            context.Output.WriteLine($"{Path.GetFileName(report.Source)}: {string.Join("; ", details)}");
        }

        context.Output.WriteLine($"Done in {elapsed.TotalSeconds:F1} s.");
    }
}
