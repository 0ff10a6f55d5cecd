using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Outcomes;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// <c>chaingraph train</c>: learns the ranker from the store's own dated business relationships
/// (supply, cooperation, investment, joint venture, acquisition) and saves it with its feature list and
/// training report to <see cref="RecommenderOptions.ModelFolder"/>. Both query directions are learned. When the
/// project pipeline has outcomes (signed, or ended after negotiation), they are learned too (<see cref="OutcomeLabels"/>).
/// </summary>
public sealed class TrainingService(
    IGraphSnapshotProvider snapshots, RecommenderOptions options, RankerOptions training, FeatureSet features, FeatureSettings settings, RankerStore store, OutcomeLabels outcomeLabels)
{
    public static IReadOnlySet<RelType> TargetRelations { get; } = new HashSet<RelType>
    {
        RelType.Supplies, RelType.Cooperates, RelType.Invests, RelType.JointVenture, RelType.Acquires,
    };

    public async Task<TrainingReport> TrainAsync(Action<string>? log, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var outcomes = await outcomeLabels.ResolveAsync(snapshot, cancellationToken);
        var ranker = Train(snapshot, outcomes, log, cancellationToken);
        ranker.Save(options.ModelFolder);
        store.Invalidate();
        return ranker.Report;
    }

    /// <summary>Trains on <paramref name="snapshot"/> without saving (the benchmark trains twice and compares).</summary>
    public TrainedRanker Train(GraphSnapshot snapshot, Action<string>? log, CancellationToken cancellationToken) =>
        Train(snapshot, OutcomeSet.Empty, log, cancellationToken);

    /// <summary>Trains on <paramref name="snapshot"/> and the pipeline's <paramref name="outcomes"/> without saving.</summary>
    public TrainedRanker Train(GraphSnapshot snapshot, OutcomeSet outcomes, Action<string>? log, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(0, snapshot.EdgeCount).Where(e => TargetRelations.Contains(snapshot.EdgeType(e))).Select(snapshot.EdgeSince).Where(d => d is not null).ToArray();
        if (dates.Length == 0)
        {
            throw new InvalidOperationException("The graph has no dated supply/cooperation/investment relationships to learn from. Run 'chaingraph ingest demo' (or load ICKG data) first.");
        }

        var end = dates.Max()!.Value.AddDays(1);
        var trainerOptions = training with { IncludeReverse = true, RecallSize = options.RecallSize };
        TrainingData? outcomeData = null;
        if (outcomes.Outcomes.Count > 0 || outcomes.Skipped.Count > 0)
        {
            outcomeData = new OutcomeTrainingSet(features, settings, trainerOptions, options.OutcomeWeight).Build(snapshot, outcomes.Outcomes, cancellationToken);
            log?.Invoke($"project outcomes: {outcomes.Positives} signed, {outcomes.Negatives} ended after negotiation → {outcomeData.GroupSizes.Count / options.OutcomeWeight} queries (each counted {options.OutcomeWeight}×); {outcomes.Skipped.Count} skipped");
            foreach (var reason in outcomes.Skipped.Take(10))
            {
                log?.Invoke($"  skipped {reason}");
            }
        }

        var trainer = new RankerTrainer(features, settings, trainerOptions) { Outcomes = outcomeData };
        return trainer.Train(snapshot, end, options.TrainingHorizonDays, TargetRelations, log, cancellationToken);
    }
}
