using System.Text.Json;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Tests.TestSupport;

/// <summary>Runs the real <c>chaingraph</c> command tree in-process against a database file and captures its output.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(string database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(["--db", database, .. args], output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        return JsonDocument.Parse(Output).RootElement;
    }
}
