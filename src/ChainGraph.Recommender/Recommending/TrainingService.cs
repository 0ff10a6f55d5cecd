using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// <c>chaingraph train</c>: learns the ranker from the store's own dated business relationships
/// (supply, cooperation, investment, joint venture, acquisition) and saves it with its feature list and
/// training report to <see cref="RecommenderOptions.ModelFolder"/>. Both query directions are learned.
/// </summary>
public sealed class TrainingService(IGraphSnapshotProvider snapshots, RecommenderOptions options, RankerOptions training, FeatureSet features, FeatureSettings settings, RankerStore store)
{
    public static IReadOnlySet<RelType> TargetRelations { get; } = new HashSet<RelType>
    {
        RelType.Supplies, RelType.Cooperates, RelType.Invests, RelType.JointVenture, RelType.Acquires,
    };

    public async Task<TrainingReport> TrainAsync(Action<string>? log, CancellationToken cancellationToken)
    {
        var ranker = Train(await snapshots.GetAsync(cancellationToken), log, cancellationToken);
        ranker.Save(options.ModelFolder);
        store.Invalidate();
        return ranker.Report;
    }

    /// <summary>Trains on <paramref name="snapshot"/> without saving (the benchmark trains twice and compares).</summary>
    public TrainedRanker Train(GraphSnapshot snapshot, Action<string>? log, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(0, snapshot.EdgeCount).Where(e => TargetRelations.Contains(snapshot.EdgeType(e))).Select(snapshot.EdgeSince).Where(d => d is not null).ToArray();
        if (dates.Length == 0)
        {
            throw new InvalidOperationException("The graph has no dated supply/cooperation/investment relationships to learn from. Run 'chaingraph ingest demo' (or load ICKG data) first.");
        }

        var end = dates.Max()!.Value.AddDays(1);
        var trainer = new RankerTrainer(features, settings, training with { IncludeReverse = true, RecallSize = options.RecallSize });
        return trainer.Train(snapshot, end, options.TrainingHorizonDays, TargetRelations, log, cancellationToken);
    }
}
