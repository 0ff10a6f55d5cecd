using System.CommandLine;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>
/// One command of the <c>chaingraph</c> CLI. Implementations are discovered in this assembly, so
/// adding a command is adding a file. <see cref="Parent"/> places it under a group (<c>ingest</c>,
/// <c>jobs</c>); empty for a top-level command.
/// </summary>
internal interface ICliCommand
{
    string Parent { get; }

    Command Create(CliContext context);
}
