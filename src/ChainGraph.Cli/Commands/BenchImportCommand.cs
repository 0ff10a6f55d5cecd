using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph bench import</c>: one measured demo import into a fresh store, then snapshot builds,
/// printing seconds, rows/s and peak memory (the foundation's budget: import under 10 s).
/// BenchmarkDotNet figures with iterations: tests/ChainGraph.Benchmarks.
/// </summary>
internal sealed class BenchImportCommand : ICliCommand
{
    public string Parent => "bench";

    public Command Create(CliContext context)
    {
        var runs = new Option<int>("--snapshot-runs") { Description = "Snapshot builds to time (1..50).", DefaultValueFactory = _ => 5 };
        var command = new Command("import", "Time the demo import into a fresh store and the snapshot build; print rows/s and peak memory.") { runs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var snapshotRuns = parseResult.GetValue(runs);
            if (snapshotRuns is < 1 or > 50)
            {
                throw new CliUserException($"--snapshot-runs {snapshotRuns} is outside 1..50.");
            }

            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<IGraphStore>();
            if ((await store.GetStatsAsync(cancellationToken)).Nodes.Count > 0)
            {
                throw new CliUserException($"{store.Description} is not empty; point --db to a new file so the import is measured from scratch.");
            }

            var clock = Stopwatch.StartNew();
            var steps = new List<(string Step, TimeSpan Elapsed)>();
            var reports = await services.GetRequiredService<IngestService>().IngestDemoAsync(null, cancellationToken, (step, elapsed) => steps.Add((step, elapsed)));
            var import = clock.Elapsed;
            var rows = reports.Sum(r => r.Result.Added + r.Result.Updated + r.Result.NodesUnchanged + r.Result.EdgesUnchanged);
            var builds = new List<double>();
            GraphSnapshot? snapshot = null;
            for (var i = 0; i < snapshotRuns; i++)
            {
                clock.Restart();
                snapshot = await GraphSnapshotBuilder.LoadAsync(store, cancellationToken);
                builds.Add(clock.Elapsed.TotalSeconds);
            }

            builds.Sort();
            context.Output.WriteLine($"demo import: {import.TotalSeconds:F2} s, {rows:N0} rows written, {rows / import.TotalSeconds:N0} rows/s (budget: under 10 s)");
            context.Output.WriteLine($"  steps: {string.Join(", ", steps.Select(s => $"{s.Step} {s.Elapsed.TotalSeconds:F2} s"))}");
            context.Output.WriteLine($"snapshot build: median {builds[builds.Count / 2]:F2} s, max {builds[^1]:F2} s over {snapshotRuns} runs ({snapshot!.NodeCount:N0} nodes, {snapshot.EdgeCount:N0} relationships)");
            context.Output.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB; managed heap now: {GC.GetTotalMemory(false) / (1024.0 * 1024):N0} MiB");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
