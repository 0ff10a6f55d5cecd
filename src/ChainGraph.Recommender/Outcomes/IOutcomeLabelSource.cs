namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// A source of outcome labels the trainer asks for when it builds its training data (the label side of
/// training, kept apart from the learner). The project pipeline (ChainGraph.Projects) is one; none is
/// registered when the pipeline is absent, and then training uses the graph's dated links only.
/// </summary>
public interface IOutcomeLabelSource
{
    Task<IReadOnlyList<OutcomeLabel>> GetLabelsAsync(CancellationToken cancellationToken);
}
