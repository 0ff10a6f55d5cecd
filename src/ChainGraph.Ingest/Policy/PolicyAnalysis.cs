namespace ChainGraph.Ingest.Policy;

/// <summary>
/// What a policy document names (the <c>--json</c> output of <c>chaingraph ingest policy</c>):
/// every mention, and the names that could not be linked to a graph entity.
/// </summary>
public sealed record PolicyAnalysis(string Document, IReadOnlyList<PolicyMention> Mentions, IReadOnlyList<string> Unresolved)
{
    public int Resolved => Mentions.Count(m => m.EntityId is not null);
}
