using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChainGraph.Cli.Bench;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph bench recommend</c>: the recommender's budgets on the current store — training time and
/// reproducibility (train twice, compare the trees bit for bit), and per-query latency (p50/p95) of
/// anchor and gap-segment recommendations after one warm-up query.
/// </summary>
internal sealed class BenchRecommendCommand : ICliCommand
{
    public string Parent => "bench";

    public Command Create(CliContext context)
    {
        var queries = new Option<int>("--queries") { Description = "Recommendation queries to time (1..10000).", DefaultValueFactory = _ => 100 };
        var skipTrain = new Option<bool>("--skip-train") { Description = "Only time queries (uses the saved model)." };
        var command = new Command("recommend", "Benchmark training (< 60 s, reproducible) and recommendation latency (p95 < 200 ms) on the current store.") { queries, skipTrain };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            var snapshot = await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct);
            var training = services.GetRequiredService<TrainingService>();
            if (!parse.GetValue(skipTrain))
            {
                BenchTraining(context, training, snapshot, ct);
                await training.TrainAsync(null, ct);
            }

            await BenchQueriesAsync(context, services, snapshot, Math.Clamp(parse.GetValue(queries), 1, 10_000), ct);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void BenchTraining(CliContext context, TrainingService training, GraphSnapshot snapshot, CancellationToken ct)
    {
        var models = new List<string>();
        for (var run = 1; run <= 2; run++)
        {
            var watch = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var ranker = training.Train(snapshot, null, ct);
            models.Add(ranker.Fingerprint());
            context.Output.WriteLine(F($"train run {run}: {watch.Elapsed.TotalSeconds:F1} s wall, {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F1} s CPU, {ranker.Report.TrainingRows} rows, validation NDCG@10 {ranker.Report.ValidationNdcg10:F4}"));
        }

        context.Output.WriteLine($"train reproducible (identical trees, SHA-256 {models[0][..12]}…): {models[0] == models[1]}");
    }

    /// <summary>Times the first recommendation, then <paramref name="count"/> more over the anchors and gap segments (shared with <c>bench scale</c>).</summary>
    internal static async Task BenchQueriesAsync(CliContext context, ServiceProvider services, GraphSnapshot snapshot, int count, CancellationToken ct)
    {
        var recommender = services.GetRequiredService<IRecommender>();
        var chains = services.GetRequiredService<IChainMapService>();
        var anchors = snapshot.NodesOf(NodeKind.Enterprise).Where(n => snapshot.OutEdges(n).ToArray().Any(e => snapshot.EdgeType(e) == RelType.Anchors))
            .Select(snapshot.Name).Distinct().Order(StringComparer.Ordinal).ToArray();
        var segments = new List<(string Chain, string Segment)>();
        foreach (var chain in chains.Chains)
        {
            segments.AddRange((await chains.GetGapsAsync(chain.Id, null, ct)).Take(3).Select(g => (chain.Id, g.SegmentId)));
        }

        var options = new RecommendOptions { Top = 20 };
        var jobs = new List<Func<Task<RecommendationList>>>();
        foreach (var anchor in anchors)
        {
            jobs.Add(() => recommender.RecommendForAnchorAsync(anchor, SupplyDirection.Upstream, options, ct));
            jobs.Add(() => recommender.RecommendForAnchorAsync(anchor, SupplyDirection.Downstream, options, ct));
        }

        jobs.AddRange(segments.Select(s => (Func<Task<RecommendationList>>)(() => recommender.RecommendForSegmentAsync(s.Chain, s.Segment, options, ct))));
        if (jobs.Count == 0)
        {
            throw new CliUserException("The store has no anchors and no chain gaps to query. Run 'chaingraph ingest demo' first.");
        }

        var warm = Stopwatch.StartNew();
        await jobs[0]();
        context.Output.WriteLine(F($"first query (prepares the feature graph): {warm.Elapsed.TotalMilliseconds:F0} ms"));
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            var list = await jobs[i % jobs.Count]();
            times.Add(watch.Elapsed.TotalMilliseconds);
            _ = list.Items.Count;
        }

        context.Output.WriteLine(F($"recommend: {count} queries over {anchors.Length} anchors × 2 directions and {segments.Count} gap segments; p50 {Percentiles.Of(times, 0.5):F1} ms, p95 {Percentiles.Of(times, 0.95):F1} ms, max {times.Max():F1} ms"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
