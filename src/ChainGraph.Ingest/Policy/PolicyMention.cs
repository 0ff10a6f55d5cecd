namespace ChainGraph.Ingest.Policy;

/// <summary>One name a document mentions: the text as written (simplified), its kind, the graph node key it resolved to (or null), and the sentence as evidence.</summary>
public sealed record PolicyMention(string Text, MentionKind Kind, string? EntityId, string Evidence);
