namespace ChainGraph.Recommender.Features.Families;

/// <summary>What is asked (the relationship type and which end the candidate takes), so one model can serve every query form.</summary>
public sealed class QueryShapeFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["query_relation", "candidate_is_tail", "source_count"];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        values[0] = (int)state.Query.Relation;
        values[1] = state.Query.CandidateIsTail ? 1 : 0;
        values[2] = MathF.Log(state.Query.Sources.Count);
    }
}
