using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>The natural key of a relationship.</summary>
public readonly record struct EdgeKey(RelType Type, NodeRef From, NodeRef To, string Qualifier);
