namespace ChainGraph.Cli.Infrastructure;

/// <summary>Descriptions of the command groups that commands can name as their parent.</summary>
internal static class CliGroups
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        ["ingest"] = "Load data into the graph store (idempotent, atomic per batch).",
        ["jobs"] = "Scheduled ingestion jobs: list them, run one now.",
        ["resolve"] = "Review possible duplicate entities found by entity resolution.",
        ["projects"] = "The 招商项目库: projects from lead to operation, visits, the year's targets, the 月调度 report.",
        ["users"] = "Web accounts: add, list, remove, set a password or a role (管理员, 链长/专班 with their chains, 只读).",
        ["bench"] = "Measure the budgets (import, snapshot, chain maps, recommendations) and print figures.",
    };
}
