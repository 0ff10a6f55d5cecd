using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>A node read back from a store with the store-local id its edges refer to.</summary>
public readonly record struct StoredNode(long Id, GraphNode Node);
