namespace ChainGraph.Core.Store;

/// <summary>The store's schema cannot be used by this version; the message says what to do.</summary>
public sealed class StoreSchemaException(string message) : Exception(message);
