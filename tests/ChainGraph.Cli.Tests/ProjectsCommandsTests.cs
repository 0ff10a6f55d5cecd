using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary><c>chaingraph projects …</c> end to end on a fresh store: add, update (旬更新), visit, show, list, report, dashboard, plans.</summary>
public sealed class ProjectsCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-cli-projects-").FullName;

    private string Database => Path.Combine(_folder, "cg.db");

    [Fact]
    public async Task AddUpdateVisitReport_RecordsTheProjectAndItsMonth()
    {
        var added = (await CliRunner.RunAsync(Database, "projects", "add", "--enterprise", "某新材料有限公司", "--source", "商会推荐", "--chain", "新材料",
            "--owner", "华明高新区", "--person", "张三", "--priority", "重点", "--user", "张三", "--json")).Json();
        var id = added.GetProperty("project").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("某新材料有限公司项目", added.GetProperty("project").GetProperty("name").GetString());

        var updated = (await CliRunner.RunAsync(Database, "projects", "update", id, "--stage", "签约", "--planned", "3", "--funds", "1", "--note", "协议已签", "--user", "李四", "--json")).Json();
        Assert.Equal("signed", updated.GetProperty("project").GetProperty("stage").GetString());
        Assert.Equal(1m, updated.GetProperty("project").GetProperty("fundsTotal").GetDecimal());
        Assert.Equal(["张三", "李四", "李四", "李四", "李四"], updated.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").GetString()));

        Assert.Equal(0, (await CliRunner.RunAsync(Database, "projects", "visit", id, "--visitors", "王局长", "--outcome", "确认扩产意向", "--json")).ExitCode);
        var list = await CliRunner.RunAsync(Database, "projects", "list", "--stage", "签约");
        Assert.Contains("某新材料有限公司项目", list.Output);
        Assert.Contains("1 个项目", list.Output);

        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var xlsx = Path.Combine(_folder, "report.xlsx");
        var report = (await CliRunner.RunAsync(Database, "projects", "report", "--month", month, "--xlsx", xlsx, "--json")).Json();
        Assert.Equal(month, report.GetProperty("month").GetString());
        var summary = report.GetProperty("summary");
        Assert.Equal((1, 3m, 1m, 1), (summary.GetProperty("signed").GetInt32(), summary.GetProperty("signedInvestment").GetDecimal(), summary.GetProperty("funds").GetDecimal(), summary.GetProperty("visitsDone").GetInt32()));
        Assert.True(new FileInfo(xlsx).Length > 1000);

        var dashboard = (await CliRunner.RunAsync(Database, "projects", "dashboard", "--json")).Json();
        Assert.Equal(1, dashboard.GetProperty("figures").GetProperty("signed").GetInt32());
    }

    [Fact]
    public async Task Update_BadValues_ExitTwoNamingEachFieldInChinese()
    {
        var added = (await CliRunner.RunAsync(Database, "projects", "add", "--enterprise", "某公司", "--source", "企业来访", "--json")).Json();
        var id = added.GetProperty("project").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await CliRunner.RunAsync(Database, "projects", "update", id, "--planned", "abc", "--stage", "签约", "--date", "2999-01-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("计划投资额（亿元）（plannedInvestment）", result.Error);
        Assert.Contains("收到「abc」", result.Error);
        Assert.Contains("不能晚于今天", result.Error);
        Assert.Equal(1, (await CliRunner.RunAsync(Database, "projects", "show", "999")).ExitCode);
    }

    [Fact]
    public async Task Plans_Check_BadFile_NamesFileLineAndField()
    {
        var file = Path.Combine(_folder, "plan.yaml");
        await File.WriteAllTextAsync(file, "name: 测试\nregion: 天津市东丽区\nyear: 2026\ntargets:\n  - id: funds\n    name: 到位额\n    measure: money\n    value: 80\n");
        var result = await CliRunner.RunAsync(Database, "projects", "plans", "--check", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plan.yaml:7: field 'targets[funds].measure'", result.Error);

        var shipped = await CliRunner.RunAsync(Database, "projects", "plans");
        Assert.Equal(0, shipped.ExitCode);
        Assert.Contains("引进优质项目800个以上", shipped.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
