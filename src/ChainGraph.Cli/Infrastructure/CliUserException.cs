namespace ChainGraph.Cli.Infrastructure;

/// <summary>An expected failure caused by the user's input (unknown name, bad option value): printed without a stack trace.</summary>
internal sealed class CliUserException(string message) : Exception(message);
