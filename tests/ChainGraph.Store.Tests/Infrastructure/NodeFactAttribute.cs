namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>A fact that needs Node.js (the Cypher lint runs Neo4j's own language support, an npm package); skipped with the reason when <c>node</c> is not on PATH.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodePath is null)
        {
            Skip = "Node.js (node) is not on PATH: the Cypher lint needs it. Install Node.js 20+ and run scripts/setup.sh test.";
        }
    }

    /// <summary>The node executable found on PATH, or null.</summary>
    public static string? NodePath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);
}
