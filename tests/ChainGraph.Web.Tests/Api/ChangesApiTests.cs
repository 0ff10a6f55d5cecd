using System.Text;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class ChangesApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Changes_DefaultWindow_IsTheThirtyDaysUpToTheLatestDataAndRowsFallInIt()
    {
        using var client = app.CreateClient();
        var v = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/changes");

        var (from, to) = (DateOnly.Parse(v.GetProperty("from").GetString()!), DateOnly.Parse(v.GetProperty("to").GetString()!));
        Assert.Equal(new DateOnly(2025, 7, 21), to); // the last day of the shipped ickg25-past extract
        Assert.Equal(to.AddDays(-30), from);
        var rows = v.GetProperty("rows").EnumerateArray().ToArray();
        Assert.All(rows, r => Assert.InRange(DateOnly.Parse(r.GetProperty("date").GetString()!), from.AddDays(1), to));
        Assert.Equal(v.GetProperty("counts").GetProperty("newRelationships").GetInt32() + v.GetProperty("counts").GetProperty("endedRelationships").GetInt32(), rows.Count(r => r.GetProperty("category").GetString() == "企业关系"));
        Assert.Equal(v.GetProperty("counts").GetProperty("newPlacements").GetInt32() + v.GetProperty("counts").GetProperty("endedPlacements").GetInt32(), rows.Count(r => r.GetProperty("category").GetString() == "企业进入环节"));
        Assert.True(v.GetProperty("counts").GetProperty("newRelationships").GetInt32() > 0);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString())));
    }

    [Fact]
    public async Task Changes_ShorterWindow_IsASubsetOfTheLongerOne()
    {
        using var client = app.CreateClient();
        var month = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/changes?since=2025-06-21&until=2025-07-21");
        var week = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/changes?since=2025-07-14&until=2025-07-21");

        static string[] Keys(JsonElement v) => v.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("date")}|{r.GetProperty("description")}").ToArray();
        Assert.Subset(Keys(month).ToHashSet(), Keys(week).ToHashSet());
        Assert.True(Keys(week).Length < Keys(month).Length);
    }

    [Fact]
    public async Task Export_Csv_HasBomHeaderAndOneLinePerRow()
    {
        using var client = app.CreateClient();
        var v = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/changes");
        var bytes = await client.GetByteArrayAsync("/api/chains/nev/changes/export?format=csv");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("日期,类别,变化,企业,对方企业", lines[0], StringComparison.Ordinal);
        Assert.Equal(v.GetProperty("rows").GetArrayLength(), lines.Length - 1);
    }

    [Fact]
    public async Task Summary_SixChains_CountsMatchEachChainsChanges()
    {
        using var client = app.CreateClient();
        var summary = (await client.GetFromJsonAsync<JsonElement>("/api/changes/summary")).EnumerateArray().ToArray();

        Assert.Equal(6, summary.Length);
        var nev = summary.Single(s => s.GetProperty("chainId").GetString() == "nev");
        var v = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/changes");
        Assert.Equal(v.GetProperty("counts").GetProperty("newRelationships").GetInt32(), nev.GetProperty("counts").GetProperty("newRelationships").GetInt32());
        Assert.Equal(v.GetProperty("counts").GetProperty("newPlacements").GetInt32(), nev.GetProperty("counts").GetProperty("newPlacements").GetInt32());
    }
}
