using ChainGraph.Core.Model;

namespace ChainGraph.Ingest.Policy;

/// <summary>A name (or alias) of a known entity that the dictionary scan looks for in the text.</summary>
public sealed record KnownName(string Text, MentionKind Kind, NodeRef Node);
