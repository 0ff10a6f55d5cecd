namespace ChainGraph.Recommender.Ranking;

/// <summary>Feature rows of training queries, grouped consecutively by query, with 0/1 labels.</summary>
public sealed class TrainingData
{
    public List<float> Rows { get; } = [];

    public List<float> Labels { get; } = [];

    public List<int> GroupSizes { get; } = [];

    public int Positives { get; private set; }

    public void Add(float[] rows, IReadOnlyList<float> labels)
    {
        Rows.AddRange(rows);
        Labels.AddRange(labels);
        GroupSizes.Add(labels.Count);
        Positives += labels.Count(l => l > 0);
    }

    public void AddAll(TrainingData other)
    {
        Rows.AddRange(other.Rows);
        Labels.AddRange(other.Labels);
        GroupSizes.AddRange(other.GroupSizes);
        Positives += other.Positives;
    }
}
