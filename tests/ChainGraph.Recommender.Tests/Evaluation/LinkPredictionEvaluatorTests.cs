using ChainGraph.Core.Ickg;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Tests.Evaluation;

public sealed class LinkPredictionEvaluatorTests
{
    private static readonly IckgDataset s_subset = IckgSubset.Dataset;
    private static readonly RankerOptions s_quick = IckgSubset.QuickRanker;

    [Fact]
    public void Run_SubsetWithCutoff_RanksEveryMethodOnTheSameQueries()
    {
        var evaluator = new LinkPredictionEvaluator(FeatureSet.CreateDefault(), new FeatureSettings(), s_quick);
        var report = evaluator.Run(s_subset, new EvalOptions { Cutoff = new DateOnly(2024, 1, 1) }, null, CancellationToken.None);

        Assert.True(report.Queries > 100, $"{report.Queries} queries");
        Assert.Equal(["model", "random", "popularity", "common_neighbours", "adamic_adar", "personalized_pagerank", "same_industry"], report.Methods.Select(m => m.Key));
        Assert.All(report.Methods, m => Assert.InRange(m.Value.Ndcg10, 0, 1));
        Assert.All(report.Methods, m => Assert.True(m.Value.Hits1 <= m.Value.Hits10 && m.Value.Hits10 <= 1));

        // Random ranking of C candidates has expected MRR H(C)/C: far below every informed method.
        var random = report.Methods.Single(m => m.Key == "random").Value;
        Assert.True(random.Mrr < 0.05, $"random MRR {random.Mrr}");
        Assert.True(report.Methods.Single(m => m.Key == "popularity").Value.Mrr > random.Mrr);
    }

    [Fact]
    public void Run_BothCutoffAndFuture_IsRejected()
    {
        var evaluator = new LinkPredictionEvaluator(FeatureSet.CreateDefault(), new FeatureSettings(), s_quick);
        Assert.Throws<ArgumentException>(() => evaluator.Run(s_subset, new EvalOptions { Cutoff = new DateOnly(2024, 1, 1), Future = s_subset }, null, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => evaluator.Run(s_subset, new EvalOptions { Cutoff = new DateOnly(2024, 1, 1), Relations = ["朋友"] }, null, CancellationToken.None));
    }
}
