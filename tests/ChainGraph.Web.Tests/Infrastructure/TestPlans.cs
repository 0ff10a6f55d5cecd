namespace ChainGraph.Web.Tests.Infrastructure;

/// <summary>
/// The 招商看板 measures against the plan of the current year; the shipped plan is Dongli's for 2024, so the test
/// app gets a plans folder with the same targets restated for this year (China time), as a district would add its own.
/// </summary>
internal static class TestPlans
{
    public static int CurrentYear => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    public static string CreateFolder(string parent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, "plans")).FullName;
        using var reader = new StreamReader(typeof(ChainGraph.Projects.Plans.PlanCatalog).Assembly.GetManifestResourceStream("plans/dongli-2024.yaml")!);
        var yaml = reader.ReadToEnd()
            .Replace("year: 2024", $"year: {CurrentYear}", StringComparison.Ordinal)
            .Replace("name: 东丽区2024年招商引资提质攻坚行动", $"name: 测试用{CurrentYear}年目标（沿用东丽区2024年指标）", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, $"test-{CurrentYear}.yaml"), yaml);
        return folder;
    }
}
