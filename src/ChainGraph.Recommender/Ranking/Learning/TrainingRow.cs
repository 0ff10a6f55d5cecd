namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>One candidate of one training query, as ML.NET reads it (public fields: ML.NET maps them to columns).</summary>
internal sealed class TrainingRow
{
    public float Label;

    public uint GroupId;

    public float[] Features = [];
}
