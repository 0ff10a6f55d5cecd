namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>One candidate to score, as ML.NET reads it.</summary>
internal sealed class ScoringRow
{
    public float[] Features = [];
}
