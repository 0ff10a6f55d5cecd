using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>
/// CI's Cypher lint: every statement the backend sends (graph-schema/neo4j/*.cypher and
/// <see cref="CypherStatements.All"/>) goes through Neo4j's own language support
/// (tools/cypher-lint, npm @neo4j-cypher/language-support); a syntax or semantic error fails.
/// </summary>
public sealed partial class CypherLintTests(ITestOutputHelper output)
{
    // A guard against a hung node process, not a budget: on a busy 2-core machine the lint alone has taken 2.5 min.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    [NodeFact]
    public async Task Lint_EveryStatementTheBackendSends_NoErrorsOrWarnings()
    {
        var lintFolder = RepositoryRoot.File("tools", "cypher-lint");
        Assert.True(
            Directory.Exists(Path.Combine(lintFolder, "node_modules", "@neo4j-cypher", "language-support")),
            $"{lintFolder}/node_modules is missing: run scripts/setup.sh test (it installs the lint's npm packages).");
        var export = Path.Combine(Path.GetTempPath(), $"chaingraph-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(export, JsonSerializer.Serialize(CypherStatements.All.Select(s => new { name = s.Name, text = s.Text })));
        try
        {
            var (exitCode, stdout) = await RunNodeAsync(lintFolder, "lint.mjs", RepositoryRoot.File("graph-schema", "neo4j"), export);
            output.WriteLine(stdout);

            // The summary line also goes to the test host's console so CI logs show the count.
            Console.WriteLine(stdout.Trim().Split('\n')[^1]);

            var summary = Summary().Match(stdout);
            Assert.True(summary.Success, $"The lint printed no summary line; its output:\n{stdout}");
            Assert.Equal(CypherStatements.All.Count + Neo4jSchema.Statements.Count, int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(exitCode == 0, $"The Cypher lint failed (exit {exitCode}):\n{stdout}");
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(NodeFactAttribute.NodePath!) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(s_timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"cypher-lint: (\d+) statements checked, (\d+) errors, (\d+) warnings")]
    private static partial Regex Summary();
}
