using System.CommandLine;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>Options several commands share, created fresh per command (System.CommandLine options belong to one parent).</summary>
internal static class CliOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Write the result as JSON to standard output." };
}
