namespace ChainGraph.Ingest.Policy;

/// <summary>What a name in a policy document refers to (the <c>kind</c> of the JSON output).</summary>
public enum MentionKind
{
    Enterprise,
    Fund,
    Region,
    Chain,
}
