namespace ChainGraph.Ingest.Sources;

/// <summary>A source file is not usable; the message names the file, the key and what is allowed.</summary>
public sealed class SourceDefinitionException(string message, Exception? inner = null) : Exception(message, inner);
