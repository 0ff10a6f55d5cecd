namespace ChainGraph.Ingest.Policy;

/// <summary>A name found in a sentence, before resolution. <see cref="Dictionary"/> says it came from a known entity's name (already resolved).</summary>
public sealed record MentionCandidate(string Text, MentionKind Kind, string Sentence, ChainGraph.Core.Model.NodeRef? Dictionary = null);
