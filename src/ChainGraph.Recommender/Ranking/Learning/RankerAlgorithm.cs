namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>Which ML.NET LambdaMART implementation learns the ranker.</summary>
public enum RankerAlgorithm
{
    /// <summary>ML.NET's own managed LambdaMART (<c>FastTreeRankingTrainer</c>, Burges 2010); no native code.</summary>
    FastTree,

    /// <summary>LightGBM's lambdarank through <c>LightGbmRankingTrainer</c> (native <c>lib_lightgbm.so</c> from the NuGet package, needs libgomp1).</summary>
    LightGbm,
}
