using ChainGraph.Core.Ickg;
using ChainGraph.Recommender.Ranking;
using ChainGraph.Recommender.Ranking.Learning;

namespace ChainGraph.Recommender.Tests;

/// <summary>The ICKG subset fixture (tests/fixtures/ickg-subset) and ranker settings small enough for a test.</summary>
internal static class IckgSubset
{
    public static IckgDataset Dataset { get; } = IckgDataset.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "ickg-subset"));

    public static RankerOptions QuickRanker { get; } = new() { Windows = 3, RecallSize = 100, NegativesPerQuery = 30, Learner = new LearnerOptions { Trees = 40, Leaves = 8 } };
}
