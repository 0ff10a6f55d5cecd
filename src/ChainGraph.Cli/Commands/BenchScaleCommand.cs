using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Bench;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Chains;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Synthetic;
using ChainGraph.Recommender.Recommending;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph bench scale --enterprises N</c>: the city-scale budgets in one run on one machine. Generates
/// a seeded synthetic graph, imports it with ChainGraph (ckg then ICKG, as a user would), loads the very
/// rows ChainGraph stored with the sqlite3 shell's <c>.import</c> into the same schema with the same
/// pragmas (the ratio of the two is the import figure), then places the chains, builds snapshots and
/// times chain maps. Each phase prints wall time, rows/s, bytes written and peak resident memory.
/// </summary>
internal sealed class BenchScaleCommand : ICliCommand
{
    public string Parent => "bench";

    public Command Create(CliContext context)
    {
        var enterprises = GenerateCommand.EnterprisesOption();
        var seed = GenerateCommand.SeedOption();
        var work = new Option<string?>("--work") { Description = "Folder for the generated data and the two databases (default: a new folder under the temp folder)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated data and databases (otherwise removed at the end; other files in --work are never touched)." };
        var skipRaw = new Option<bool>("--skip-raw") { Description = "Do not run the raw sqlite3 .import baseline." };
        var maps = new Option<int>("--map-runs") { Description = "Chain map computations to time per chain (1..1000).", DefaultValueFactory = _ => 20 };
        var reuse = new Option<bool>("--reuse") { Description = "Measure the store a previous run kept in --work (project.db): skip generating, importing and placing; time snapshot, chain maps and, with --recommend, the ranker." };
        var recommend = new Option<int>("--recommend") { Description = "Also train the ranker (time, peak memory) and time this many recommendations after the first (0 = skip; 1..10000).", DefaultValueFactory = _ => 0 };
        var command = new Command("scale", "Generate a synthetic graph of N enterprises, import it, compare with raw sqlite3 .import of the same rows, time snapshot and chain maps.")
        {
            enterprises, seed, work, keep, skipRaw, maps, recommend, reuse,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = GenerateCommand.Options(parse.GetValue(enterprises), parse.GetValue(seed));
            var mapRuns = Math.Clamp(parse.GetValue(maps), 1, 1000);
            var folder = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), $"chaingraph-scale-{options.Enterprises}-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            var projectDb = Path.Combine(folder, "project.db");
            var rawDb = Path.Combine(folder, "raw.db");
            if (parse.GetValue(reuse))
            {
                if (parse.GetValue(work) is null || !File.Exists(projectDb))
                {
                    throw new CliUserException($"--reuse needs --work pointing at a folder a previous run kept (with --keep); {projectDb} does not exist.");
                }

                await MeasureKeptStoreAsync(context, parse, projectDb, mapRuns, parse.GetValue(recommend), ct);
                return CliApplication.ExitOk;
            }

            foreach (var file in new[] { projectDb, rawDb }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
            {
                File.Delete(file);
            }

            try
            {
                await RunAsync(context, parse, options, folder, projectDb, rawDb, parse.GetValue(skipRaw), mapRuns, ct);
                if (parse.GetValue(recommend) is > 0 and var queries)
                {
                    await BenchRecommenderAsync(context, parse, projectDb, Math.Min(queries, 10_000), ct);
                }
            }
            finally
            {
                if (!parse.GetValue(keep))
                {
                    SqliteConnection.ClearAllPools();
                    RemoveWhatWasMade(folder, ownFolder: parse.GetValue(work) is null);
                }
            }

            return CliApplication.ExitOk;
        });
        return command;
    }

    private static async Task RunAsync(CliContext context, ParseResult parse, SyntheticGraphOptions options, string folder, string projectDb, string rawDb, bool skipRaw, int mapRuns, CancellationToken ct)
    {
        var output = context.Output;
        output.WriteLine(F($"bench scale: {options.Enterprises:N0} enterprises, seed {options.Seed}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, work folder {folder}"));

        var meter = ProcessMeter.Start();
        var summary = SyntheticGraphGenerator.Generate(options, Path.Combine(folder, "data"), ct);
        output.WriteLine(F($"generate     {meter.Stop().Describe(summary.TotalRows)}  ({summary.TotalRows:N0} rows in ckg and ICKG files)"));

        await using var services = await context.CreateServicesAsync(parse, ct, projectDb);
        var store = services.GetRequiredService<IGraphStore>();
        var ingest = services.GetRequiredService<IngestService>();
        meter = ProcessMeter.Start();
        var steps = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await ingest.IngestCkgAsync(summary.CkgFolder, null, ct);
        steps.Add(F($"regions+ckg {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        await ingest.IngestIckgAsync(summary.IckgFolder, null, ct);
        steps.Add(F($"ickg {clock.Elapsed.TotalSeconds:F1} s"));
        var import = meter.Stop();
        var stored = await CountRowsAsync(projectDb, ct);
        output.WriteLine(F($"import       {import.Describe(stored.Total)}  ({stored.Describe()}; {string.Join(", ", steps)}; {import.DescribeProcessor()})"));

        if (!skipRaw)
        {
            var csv = Directory.CreateDirectory(Path.Combine(folder, "csv")).FullName;
            await RawSqliteImport.ExportAsync(projectDb, csv, ct);
            var raw = await RawSqliteImport.ImportAsync(csv, rawDb, stored.Total, ct);
            output.WriteLine(F($"raw .import  {raw.Figures.Describe(raw.Rows)}  (sqlite3 shell, same schema and indexes; {raw.Pragmas.ReplaceLineEndings(" ")})"));
            output.WriteLine(F($"import ratio ChainGraph ÷ raw .import: {raw.Figures.Elapsed / import.Elapsed:F2} (bar ≥ 0.8); bytes written ChainGraph ÷ raw: {(double?)import.BytesWritten / raw.Figures.BytesWritten:F2}"));
            Directory.Delete(csv, recursive: true);
            File.Delete(rawDb);
        }

        meter = ProcessMeter.Start();
        var chains = await new ChainIngestor(store, services.GetRequiredService<IGraphSnapshotProvider>(), services.GetRequiredService<IngestOptions>()).IngestShippedAsync(null, ct);
        output.WriteLine(F($"chains       {meter.Stop().Describe(chains.Result.Added + chains.Result.Updated)}  (templates, anchors, {chains.Result.EdgesAdded:N0} placements; includes one snapshot build)"));

        await BenchSnapshotAsync(context, store, ct);
        await BenchChainMapsAsync(context, services, mapRuns, ct);
    }

    private static async Task MeasureKeptStoreAsync(CliContext context, ParseResult parse, string projectDb, int mapRuns, int queries, CancellationToken ct)
    {
        context.Output.WriteLine(F($"bench scale --reuse: {projectDb}, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        await using (var services = await context.CreateServicesAsync(parse, ct, projectDb))
        {
            await BenchSnapshotAsync(context, services.GetRequiredService<IGraphStore>(), ct);
            await BenchChainMapsAsync(context, services, mapRuns, ct);
        }

        if (queries > 0)
        {
            await BenchRecommenderAsync(context, parse, projectDb, Math.Min(queries, 10_000), ct);
        }
    }

    private static async Task BenchSnapshotAsync(CliContext context, IGraphStore store, CancellationToken ct)
    {
        var builds = new List<PhaseFigures>();
        GraphSnapshot? snapshot = null;
        for (var i = 0; i < 3; i++)
        {
            snapshot = null;
            GC.Collect();
            var meter = ProcessMeter.Start();
            snapshot = await GraphSnapshotBuilder.LoadAsync(store, ct);
            builds.Add(meter.Stop());
        }

        GC.Collect();
        var median = builds.OrderBy(b => b.Elapsed).ElementAt(1);
        context.Output.WriteLine(F($"snapshot     {median.Elapsed.TotalSeconds,8:F1} s median of 3 (bar ≤ 30 s), peak RSS {PhaseFigures.Gigabytes(median.PeakResident)} GB, managed heap held {GC.GetTotalMemory(true) / 1e9:F2} GB ({snapshot!.NodeCount:N0} nodes, {snapshot.EdgeCount:N0} relationships)"));
    }

    private static async Task BenchChainMapsAsync(CliContext context, ServiceProvider services, int runs, CancellationToken ct)
    {
        var maps = services.GetRequiredService<IChainMapService>();
        var first = System.Diagnostics.Stopwatch.StartNew();
        await maps.GetMapAsync(maps.Chains[0].Id, null, ct);
        var firstMs = first.Elapsed.TotalMilliseconds;

        // Computed: the map from the snapshot each time (what a new snapshot's first request for a chain would cost
        // if the warm-up had not done it). Served: through the service after its warm-up, as the web app runs it
        // (each map kept with its snapshot).
        var snapshot = await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct);
        await services.GetRequiredService<ChainMapService>().WarmUpAsync(snapshot, ct);
        var home = services.GetRequiredService<HomeRegionOptions>();
        var options = services.GetRequiredService<ChainMapOptions>();
        var computed = new List<double>();
        var served = new List<double>();
        foreach (var chain in maps.Chains)
        {
            for (var i = 0; i < runs; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                ChainMapCalculator.Compute(snapshot, chain, HomeRegionResolver.Resolve(snapshot, home.Region, home.CompareLevel), options);
                computed.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                await maps.GetMapAsync(chain.Id, null, ct);
                served.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        context.Output.WriteLine(F($"chain map    served p50 {Percentiles.Of(served, 0.5):F2} ms, p95 {Percentiles.Of(served, 0.95):F2} ms (bar ≤ 50 ms), max {served.Max():F1} ms; computed p50 {Percentiles.Of(computed, 0.5):F1} ms, p95 {Percentiles.Of(computed, 0.95):F1} ms, max {computed.Max():F1} ms; over {maps.Chains.Count} chains × {runs}; first (with snapshot build) {firstMs:F0} ms"));
    }

    // Only what this command wrote: a --work folder may hold other files.
    private static void RemoveWhatWasMade(string folder, bool ownFolder)
    {
        if (ownFolder)
        {
            Directory.Delete(folder, recursive: true);
            return;
        }

        foreach (var made in new[] { "data", "csv" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
        {
            Directory.Delete(made, recursive: true);
        }

        foreach (var db in new[] { "project.db", "raw.db" }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(Path.Combine(folder, db));
        }

        var model = Path.Combine(folder, "project.db.model");
        if (Directory.Exists(model))
        {
            Directory.Delete(model, recursive: true);
        }
    }

    private static async Task BenchRecommenderAsync(CliContext context, ParseResult parse, string projectDb, int queries, CancellationToken ct)
    {
        // A fresh process state for the serving figures: new services, snapshot and feature graph.
        await using var services = await context.CreateServicesAsync(parse, ct, projectDb);
        var meter = ProcessMeter.Start();
        var report = await services.GetRequiredService<TrainingService>().TrainAsync(null, ct);
        var training = meter.Stop();
        context.Output.WriteLine(F($"train        {training.Elapsed.TotalSeconds,8:F1} s (bar ≤ 600 s), peak RSS {PhaseFigures.Gigabytes(training.PeakResident)} GB (bar ≤ 4 GB); {report.TrainingQueries:N0} queries, {report.TrainingRows:N0} rows, validation NDCG@10 {report.ValidationNdcg10:F4}"));
        var snapshot = await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct);
        await BenchRecommendCommand.BenchQueriesAsync(context, services, snapshot, queries, ct);
        context.Output.WriteLine(F($"  resident memory after the queries: {Environment.WorkingSet / 1e9:F2} GB"));
    }

    private sealed record StoredRows(long Nodes, long Aliases, long Edges)
    {
        public long Total => Nodes + Aliases + Edges;

        public string Describe() => F($"{Nodes:N0} nodes, {Aliases:N0} aliases, {Edges:N0} relationships stored");
    }

    private static async Task<StoredRows> CountRowsAsync(string database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM aliases), (SELECT count(*) FROM edges)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoredRows(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
