namespace ChainGraph.Core.Chains;

/// <summary>A chain, segment or region name the user gave does not exist; the message lists what does.</summary>
public sealed class ChainNotFoundException(string message) : InvalidOperationException(message);
