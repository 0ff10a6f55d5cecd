using System.Collections.Concurrent;
using ChainGraph.Core.Ickg;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// The chronological link-prediction evaluation of issue 4: every method sees only the history (before
/// the cut-off); the model trains inside it with its own earlier cut-offs; each new future link whose
/// head and tail the history knows is ranked among every company of the history (filtered).
/// </summary>
public sealed class LinkPredictionEvaluator(FeatureSet features, FeatureSettings settings, RankerOptions rankerOptions)
{
    public EvalReport Run(IckgDataset history, EvalOptions options, Action<string>? log, CancellationToken cancellationToken)
    {
        options.Validate();
        var (historyFacts, cutoff, horizon) = Split(history, options);
        var graph = IckgGraph.Build(history, historyFacts);
        var snapshot = graph.Snapshot.AsOfDate(cutoff.AddDays(-1));
        var known = FeatureGraph.Create(snapshot);
        var pool = QueryGroups.CandidatePool(known);
        var relations = options.Relations.Select(r => IckgRelations.TryMap(r, out var t) ? t : throw new ArgumentException(r)).ToHashSet();
        var targets = Targets(history, graph, options, cutoff, relations);
        var groups = QueryGroups.Build(known, targets, pool);
        log?.Invoke($"history {historyFacts.Count} facts before {cutoff:yyyy-MM-dd}, {pool.Count(p => p)} candidate companies, {groups.Sum(g => g.NewTargets.Count)} new links to rank, horizon {horizon} days");

        var trainer = new RankerTrainer(features, settings, rankerOptions);
        var ranker = trainer.Train(snapshot, cutoff, horizon, relations, log, cancellationToken);
        var methods = new List<ICandidateScorer> { new ModelScorer(ranker, features, new CandidateGenerator(known, pool, rankerOptions.RecallSize)) };
        methods.AddRange(BaselineScorers.Create(options.Seed));

        var candidates = Enumerable.Range(0, pool.Length).Where(n => pool[n]).ToArray();
        var perGroup = new ConcurrentDictionary<int, List<(long, long)>[]>();
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = rankerOptions.Learner.Threads, CancellationToken = cancellationToken }, i =>
        {
            var state = new QueryState(known, groups[i].ToQuery(), settings);
            perGroup[i] = methods.Select(m => GroupRanking.Positions(groups[i], candidates, m.Score(state, candidates)).ToList()).ToArray();
        });

        var totals = methods.Select(_ => new MetricTotals()).ToArray();
        foreach (var i in perGroup.Keys.Order())
        {
            for (var m = 0; m < methods.Count; m++)
            {
                perGroup[i][m].ForEach(p => totals[m].Add(p.Item1, p.Item2));
            }
        }

        var results = methods.Select((m, i) => new KeyValuePair<string, MethodMetrics>(m.Name, totals[i].ToMetrics())).ToArray();
        return new EvalReport(totals[0].Queries, results, cutoff, horizon, historyFacts.Count, candidates.Length, ranker.Report);
    }

    private static (IReadOnlyList<IckgFact> History, DateOnly Cutoff, int Horizon) Split(IckgDataset history, EvalOptions options)
    {
        if (options.Cutoff is { } cutoff)
        {
            var before = history.Facts.Where(f => f.Date < cutoff).ToArray();
            var after = history.Facts.Where(f => f.Date >= cutoff).ToArray();
            if (before.Length == 0 || after.Length == 0)
            {
                throw new ArgumentException(
                    $"--cutoff {cutoff:yyyy-MM-dd} leaves {before.Length} facts before and {after.Length} at or after it; the history's facts run {history.Facts[0].Date:yyyy-MM-dd}..{history.Facts[^1].Date:yyyy-MM-dd}. Pick a date inside that range.");
            }

            return (before, cutoff, Math.Max(7, after[^1].Date.DayNumber - cutoff.DayNumber + 1));
        }

        var future = options.Future!;
        var start = history.Facts[^1].Date.AddDays(1);
        var span = future.Facts.Count == 0 ? 7 : future.Facts[^1].Date.DayNumber - future.Facts[0].Date.DayNumber + 1;
        return (history.Facts, start, Math.Max(7, span));
    }

    private static IEnumerable<(int, RelType, int)> Targets(IckgDataset history, IckgGraph graph, EvalOptions options, DateOnly cutoff, IReadOnlySet<RelType> relations)
    {
        var dataset = options.Future ?? history;
        var facts = options.Future is null ? history.Facts.Where(f => f.Date >= cutoff) : dataset.Facts;
        var nodeOf = new Dictionary<int, int>();
        int Node(int entity)
        {
            if (nodeOf.TryGetValue(entity, out var node))
            {
                return node;
            }

            node = options.Future is null
                ? graph.NodeOfEntity[entity]
                : graph.Snapshot.FindByName(dataset.Entities[entity]!) is { Count: 1 } matches ? matches[0] : -1;
            nodeOf[entity] = node;
            return node;
        }

        foreach (var fact in facts)
        {
            if (IckgRelations.TryMap(fact.Relation, out var type) && relations.Contains(type))
            {
                yield return (Node(fact.Head), type, Node(fact.Tail));
            }
        }
    }
}
