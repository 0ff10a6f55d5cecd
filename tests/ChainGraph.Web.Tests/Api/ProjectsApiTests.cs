using System.Net;
using System.Text.Json;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Projects;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Storage;
using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChainGraph.Web.Tests.Api;

/// <summary>The 项目库 API on the running app: writes signed in, problems per request field in Chinese, audit, leads, dashboard and report.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ProjectsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Writes_SignedOut_AreRefused()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/projects", new { enterpriseKey = "300750.SZ" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/projects/leads", new { enterpriseKey = "300750.SZ" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/projects/1/updates", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/visits", new { enterpriseName = "x" })).StatusCode);
    }

    [Fact]
    public async Task Create_BadFields_AnswersAValidationProblemInChinesePerField()
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsJsonAsync("/api/projects", new { enterpriseKey = "NO-SUCH-KEY", plannedInvestment = -2, chain = "nev", segment = "火星环节", nextActionDue = "明天" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("提交的内容有误", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("「NO-SUCH-KEY」", errors.GetProperty("enterpriseKey")[0].GetString());
        Assert.Contains("收到「-2」", errors.GetProperty("plannedInvestment")[0].GetString());
        Assert.Contains("没有「火星环节」环节", errors.GetProperty("segment")[0].GetString());
        Assert.Contains("应为日期", errors.GetProperty("nextActionDue")[0].GetString());
    }

    [Fact]
    public async Task Lead_ThenUpdate_IsOneProjectWithItsAuditedHistory()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await client.PostAsJsonAsync("/api/projects/leads", new { enterpriseKey = "300750.SZ", chain = "nev", segment = "power-battery", origin = "TargetList" });
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, created.StatusCode.ToString());
        var again = await client.PostAsJsonAsync("/api/projects/leads", new { enterpriseKey = "300750.SZ", chain = "新一代汽车技术", segment = "动力电池", origin = "TargetList" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("view").GetProperty("project").GetProperty("id").GetInt64();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("view").GetProperty("project").GetProperty("id").GetInt64());

        var updated = await client.PostAsJsonAsync($"/api/projects/{id}/updates", new { nextAction = "安排高层拜访", nextActionDue = "2027-01-15", ownerUnit = "华明高新区", note = "企业有意向" });
        updated.EnsureSuccessStatusCode();
        var detail = await updated.Content.ReadFromJsonAsync<JsonElement>();
        var view = detail.GetProperty("view");
        Assert.Equal(("宁德时代", "新一代汽车技术", "动力电池"), (view.GetProperty("project").GetProperty("enterpriseName").GetString(), view.GetProperty("chainName").GetString(), view.GetProperty("segmentName").GetString()));
        var history = detail.GetProperty("history").EnumerateArray().ToArray(); // latest first
        Assert.Equal("ProgressNoted", history[0].GetProperty("action").GetString());
        var edit = history[1];
        Assert.Equal(("ProjectEdited", WebAppFixture.UserName), (edit.GetProperty("action").GetString(), edit.GetProperty("by").GetString()));
        Assert.Contains(edit.GetProperty("changes").EnumerateArray(), c => c.GetProperty("label").GetString() == "下一步工作" && c.GetProperty("after").GetString() == "安排高层拜访");
        Assert.Equal("ProjectCreated", history[^1].GetProperty("action").GetString());

        var missing = await client.PostAsJsonAsync("/api/projects/987654/updates", new { note = "x" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("987654", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task StalledProject_IsOverdueOnTheDashboardAndInTheReport()
    {
        // A project last touched 25 days ago (a clock of the past writing to the app's own store).
        var services = app.Factory.Services;
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-25));
        var service = new ProjectService(services.GetRequiredService<ProjectStore>(), services.GetRequiredService<IGraphSnapshotProvider>(), services.GetRequiredService<IChainMapService>(), services.GetRequiredService<ChainNames>(), past);
        var result = await service.CreateAsync(new ProjectInput { EnterpriseName = "停滞测试企业", EnterpriseSource = "测试", OwnerUnit = "测试单位" }, "tester", CancellationToken.None);
        var id = result.Value!.Id;

        using var client = app.CreateClient();
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/projects/dashboard");
        Assert.Contains(dashboard.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("projectId").GetInt64() == id && a.GetProperty("kind").GetString() == "Stalled");
        var report = await client.GetFromJsonAsync<JsonElement>("/api/projects/report");
        Assert.Contains(report.GetProperty("overdue").EnumerateArray(), a => a.GetProperty("projectId").GetInt64() == id);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/projects?flag=Stalled");
        Assert.Contains(list.EnumerateArray(), v => v.GetProperty("project").GetProperty("id").GetInt64() == id);
        var page = await client.GetStringAsync("/projects/report");
        Assert.Contains("停滞测试企业", page);
        Assert.Contains("已超过一旬未更新", page);
    }

    [Theory]
    [InlineData("/api/projects/dashboard?year=24", "year", "2000 到 2100")]
    [InlineData("/api/projects/report?month=2026-13", "month", "2026-11")]
    [InlineData("/api/projects/report.xlsx?month=十一月", "month", "年-月")]
    [InlineData("/api/projects?stage=谈恋爱", "stage", "线索、接洽")]
    public async Task Reads_BadParameter_AnswerAProblemNamingIt(string url, string field, string message)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task ReportPdf_IsPrintedByChromium()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/projects/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        await File.WriteAllBytesAsync(Path.Combine(app.OutputFolder, "monthly-report.pdf"), pdf);
    }

    [Fact]
    public async Task Meta_GivesTheWordsOfEveryCode()
    {
        using var client = app.CreateClient();
        var meta = await client.GetFromJsonAsync<JsonElement>("/api/projects/meta");
        Assert.Equal(["线索", "接洽", "洽谈", "签约", "注册", "开工", "投产", "运营", "终止"], meta.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(6, meta.GetProperty("chains").GetArrayLength());
    }
}
