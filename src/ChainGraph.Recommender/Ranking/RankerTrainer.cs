using System.Collections.Concurrent;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking.Learning;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// Trains the LambdaMART ranker from time-stamped relationships: for each internal cut-off T, the
/// features come from the graph as of the day before T and the labels are the links that formed in
/// [T, next cut-off). The latest window is held out to report validation metrics, then the final model
/// learns from every window. Same data and options give the same model.
/// </summary>
public sealed class RankerTrainer(FeatureSet features, FeatureSettings settings, RankerOptions options)
{
    public RankerOptions Options => options;

    /// <summary>NDCG@10 of the popularity baseline on the last validation window (a yardstick for the model's).</summary>
    public double PopularityNdcg10 { get; private set; }

    /// <summary>Labelled groups from the project pipeline's outcomes (<see cref="ChainGraph.Recommender.Outcomes.OutcomeTrainingSet"/>), learned with the final fit; none by default.</summary>
    public TrainingData? Outcomes { get; init; }

    /// <summary>Trains inside <paramref name="history"/>: windows end at <paramref name="end"/> (exclusive) and are <paramref name="horizonDays"/> long.</summary>
    public TrainedRanker Train(GraphSnapshot history, DateOnly end, int horizonDays, IReadOnlySet<RelType> relations, Action<string>? log, CancellationToken cancellationToken)
    {
        options.Validate();
        var first = Enumerable.Range(0, history.EdgeCount).Select(history.EdgeSince).Where(d => d is not null).Min() ?? end;

        // A window needs a graph before it: keep label windows within a quarter of the dated history.
        horizonDays = Math.Clamp(horizonDays, 7, Math.Max(7, (end.DayNumber - first.DayNumber) / 4));
        var windows = new List<(DateOnly Cut, DateOnly To, TrainingData Data)>();
        // No window's graph is kept: each is dropped after its rows are collected, and the latest one is cut again
        // for validation. At a million enterprises a window's graph is ~0.8 GB; holding one while the next is built
        // was the difference between fitting in 4 GB and not.
        (DateOnly Cut, IReadOnlyList<QueryGroup> Groups)? latest = null;
        var step = Math.Max(7, horizonDays / 3);
        for (var k = 0; k < options.Windows; k++)
        {
            var cut = end.AddDays(-horizonDays - (k * step));
            if (cut <= first.AddDays(horizonDays))
            {
                break;
            }

            var to = cut.AddDays(horizonDays) < end ? cut.AddDays(horizonDays) : end;
            var cpu = Environment.CpuUsage.TotalTime;
            var known = FeatureGraph.Create(history.AsOfDate(cut.AddDays(-1)));
            var pool = QueryGroups.CandidatePool(known);
            var groups = QuerySample.Take(Groups(history, known, pool, cut, to, relations), options.MaxQueriesPerWindow, options.Learner.Seed + k);
            var built = Environment.CpuUsage.TotalTime;
            var data = Collect(known, pool, groups, cancellationToken);
            log?.Invoke($"window {cut:yyyy-MM-dd}..{to.AddDays(-1):yyyy-MM-dd}: {groups.Count} queries, {data.GroupSizes.Count} with a recalled positive, {data.Labels.Count} rows " +
                $"(CPU: graph {(built - cpu).TotalSeconds:F1} s, features {(Environment.CpuUsage.TotalTime - built).TotalSeconds:F1} s; {MemoryText()})");
            windows.Add((cut, to, data));
            latest ??= (cut, groups);
            // A window's graph is large arrays (the large-object heap), reclaimed only by a full collection; left to the
            // runtime's pace, two or three dead windows piled up (6 GB resident at a million enterprises for 3.3 GB live).
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        }

        if (windows.Count == 0 || windows.Sum(w => w.Data.GroupSizes.Count) == 0)
        {
            throw new InvalidOperationException(
                $"No training data: the history ({first:yyyy-MM-dd}..{end.AddDays(-1):yyyy-MM-dd}) has no new links in windows of {horizonDays} days. Give a longer history or a shorter horizon.");
        }

        var (ndcg, mrr, recall, validationQueries) = (0.0, 0.0, 0.0, 0);
        // Validation: the latest window, learned from the windows whose labels end before it starts.
        var disjoint = windows.Where(w => w.To <= windows[0].Cut).ToArray();
        if (disjoint.Sum(w => w.Data.GroupSizes.Count) > 0)
        {
            var earlier = Merge(disjoint.Select(w => w.Data));
            var placeholder = new TrainingReport(first, end, [], 0, 0, 0, 0, 0, 0, 0, features.Names, new Dictionary<string, string>());
            var held = Fit(earlier, placeholder);
            var known = FeatureGraph.Create(history.AsOfDate(latest!.Value.Cut.AddDays(-1)));
            (ndcg, mrr, recall, validationQueries) = Validate(held, known, QueryGroups.CandidatePool(known), latest.Value.Groups);
            log?.Invoke($"validation on {windows[0].Cut:yyyy-MM-dd}: {validationQueries} facts, NDCG@10 {ndcg:F4} (popularity {PopularityNdcg10:F4}), MRR {mrr:F4}, recall {recall:F3}");
        }

        var all = Merge(windows.Select(w => w.Data).Append(Outcomes ?? new TrainingData()));
        var fitStart = Environment.CpuUsage.TotalTime;
        var report = new TrainingReport(
            first, end.AddDays(-1), windows.Select(w => w.Cut).ToArray(), all.GroupSizes.Count, all.Labels.Count, all.Positives,
            validationQueries, ndcg, mrr, recall, features.Names, options.Learner.Describe());
        var ranker = Fit(all, report);
        log?.Invoke($"fitted {options.Learner.Algorithm} ({options.Learner.Trees} trees) on {all.Labels.Count} rows (CPU {(Environment.CpuUsage.TotalTime - fitStart).TotalSeconds:F1} s)");
        return ranker;
    }

    /// <summary>Query groups for the links that formed in [from, to).</summary>
    public IReadOnlyList<QueryGroup> Groups(GraphSnapshot history, FeatureGraph known, bool[] pool, DateOnly from, DateOnly to, IReadOnlySet<RelType> relations)
    {
        var targets = Enumerable.Range(0, history.EdgeCount)
            .Where(e => relations.Contains(history.EdgeType(e)) && history.EdgeSince(e) is { } d && d >= from && d < to)
            .Select(e => (history.EdgeFrom(e), history.EdgeType(e), history.EdgeTo(e)))
            .ToArray();
        var groups = QueryGroups.Build(known, targets, pool).ToList();
        if (options.IncludeReverse)
        {
            groups.AddRange(QueryGroups.Build(known, targets, pool, reverse: true));
        }

        return groups;
    }

    public TrainingData Collect(FeatureGraph known, bool[] pool, IReadOnlyList<QueryGroup> groups, CancellationToken cancellationToken)
    {
        var recall = new CandidateGenerator(known, pool, options.RecallSize);
        var parts = new ConcurrentDictionary<int, (float[] Rows, float[] Labels)>();
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Learner.Threads, CancellationToken = cancellationToken }, i =>
        {
            var group = groups[i];
            var state = new QueryState(known, group.ToQuery(), settings);
            var knownTargets = group.KnownTargets.ToHashSet();
            var positives = group.NewTargets.ToHashSet();
            var recalled = recall.Recall(state).Where(c => !knownTargets.Contains(c)).ToArray();
            var negatives = recalled.Where(c => !positives.Contains(c)).ToArray();
            new Random(options.Learner.Seed + i).Shuffle(negatives);
            var candidates = recalled.Where(positives.Contains).Concat(negatives.Take(options.NegativesPerQuery)).Order().ToArray();
            var labels = candidates.Select(c => positives.Contains(c) ? 1f : 0f).ToArray();
            if (labels.Any(l => l > 0) && labels.Any(l => l == 0))
            {
                parts[i] = (features.Compute(state, candidates), labels);
            }
        });

        var data = new TrainingData();
        foreach (var i in parts.Keys.Order())
        {
            data.Add(parts[i].Rows, parts[i].Labels);
        }

        return data;
    }

    private (double Ndcg, double Mrr, double Recall, int Count) Validate(TrainedRanker ranker, FeatureGraph known, bool[] pool, IReadOnlyList<QueryGroup> groups)
    {
        var candidates = Enumerable.Range(0, pool.Length).Where(n => pool[n]).ToArray();
        var scorer = new ModelScorer(ranker, features, new CandidateGenerator(known, pool, options.RecallSize));
        var totals = new MetricTotals();
        var popularity = new MetricTotals();
        var recalled = 0;
        // The pool is every candidate enterprise (a million in a city): popularity is the same for every query, and one
        // score array serves all queries (a new one per query was gigabytes of large-object garbage).
        var degree = candidates.Select(c => (double)known.AllNeighbours[c].Length).ToArray();
        var scores = new double[candidates.Length];
        foreach (var group in groups.Where(g => g.CandidateIsTail))
        {
            var state = new QueryState(known, group.ToQuery(), settings);
            scorer.Score(state, candidates, scores);
            foreach (var (better, ties) in GroupRanking.Positions(group, candidates, scores))
            {
                totals.Add(better, ties);
                recalled += ties < candidates.Length / 2 ? 1 : 0;
            }

            foreach (var (better, ties) in GroupRanking.Positions(group, candidates, degree))
            {
                popularity.Add(better, ties);
            }
        }

        PopularityNdcg10 = popularity.ToMetrics().Ndcg10;

        var m = totals.ToMetrics();
        return (m.Ndcg10, m.Mrr, totals.Queries == 0 ? 0 : (double)recalled / totals.Queries, totals.Queries);
    }

    // Managed heap as the last collection left it, what the collector holds from the system, and resident memory.
    private static string MemoryText()
    {
        var gc = GC.GetGCMemoryInfo();
        return FormattableString.Invariant($"heap {gc.HeapSizeBytes / 1e9:F2} GB, committed {gc.TotalCommittedBytes / 1e9:F2} GB, resident {Environment.WorkingSet / 1e9:F2} GB");
    }

    private TrainedRanker Fit(TrainingData data, TrainingReport report) =>
        TreeRankerLearner.Fit(options.Learner, data, features.Names, MissingValues.FromSides(features.Missing), report);

    private static TrainingData Merge(IEnumerable<TrainingData> parts)
    {
        var all = new TrainingData();
        foreach (var part in parts)
        {
            all.AddAll(part);
        }

        return all;
    }
}
