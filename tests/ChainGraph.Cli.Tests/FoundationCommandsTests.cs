using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary>The foundation commands end to end on the demo: ingest, stats, find, show.</summary>
public sealed class FoundationCommandsTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Stats_Json_HasTheDocumentedShapeAndCounts()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "stats", "--json")).Json();
        Assert.True(json.GetProperty("enterprises").GetInt64() >= 4_600);
        Assert.True(json.GetProperty("industries").GetInt64() >= 500);
        Assert.True(json.GetProperty("products").GetInt64() > 0);
        Assert.True(json.GetProperty("regions").GetInt64() > 3_000);
        var relationships = json.GetProperty("relationships");
        Assert.True(relationships.GetProperty("MAKES").GetInt64() >= 50_000);
        var business = new[] { "SUPPLIES", "COOPERATES", "INVESTS", "CONTROLS", "COMPETES", "JOINT_VENTURE", "ACQUIRES" }
            .Sum(t => relationships.TryGetProperty(t, out var n) ? n.GetInt64() : 0);
        Assert.True(business >= 5_000, $"enterprise-enterprise relationships: {business}");
    }

    [Fact]
    public async Task IngestDemo_SecondRun_AddsAndUpdatesNothing()
    {
        Assert.Equal(0, demo.Import.ExitCode);
        var json = (await CliRunner.RunAsync(demo.Database, "ingest", "demo", "--json")).Json();
        foreach (var source in json.GetProperty("sources").EnumerateArray())
        {
            var name = source.GetProperty("source").GetString();
            foreach (var field in new[] { "nodesAdded", "nodesUpdated", "relationshipsAdded", "relationshipsUpdated" })
            {
                Assert.True(source.GetProperty(field).GetInt64() == 0, $"{name}: {field} = {source.GetProperty(field)}");
            }
        }
    }

    [Fact]
    public async Task Show_Sugon_ProvinceTianjinWithFactsAndProvenance()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "show", "中科曙光", "--json")).Json();
        Assert.Equal("603019.SH", json.GetProperty("id").GetString());
        Assert.Equal("天津市", json.GetProperty("province").GetString());
        Assert.Equal("天津市", json.GetProperty("city").GetString());
        Assert.Contains(json.GetProperty("products").EnumerateArray(), p => p.GetProperty("otherName").GetString() == "通用服务器" && p.GetProperty("weight").GetDouble() > 0);
        var invest = json.GetProperty("relationships").EnumerateArray().First(r => r.GetProperty("type").GetString() == "INVESTS");
        Assert.Equal("海光信息", invest.GetProperty("otherName").GetString());
        Assert.Equal("ickg25", invest.GetProperty("provenance").GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(invest.GetProperty("since").GetString()));
    }

    [Theory]
    [InlineData("603019.SH")]
    [InlineData("603019.SH.SH")]
    [InlineData("曙光信息产业股份有限公司")]
    [InlineData("曙光信息产业（股份）有限公司")]
    public async Task Show_CodeOrLegalNameVariant_SameEnterprise(string query)
    {
        var json = (await CliRunner.RunAsync(demo.Database, "show", query, "--json")).Json();
        Assert.Equal("中科曙光", json.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("中科曙", "中科曙光")]
    [InlineData("曙光", "中科曙光")]
    [InlineData("603019", "中科曙光")]
    [InlineData("通号", "中国通号")]
    public async Task Find_PrefixSubstringOrCode_ListsTheEnterprise(string text, string expected)
    {
        var hits = (await CliRunner.RunAsync(demo.Database, "find", text, "--json", "--limit", "50")).Json().EnumerateArray().ToArray();
        Assert.Contains(hits, h => h.GetProperty("name").GetString() == expected);
    }

    [Fact]
    public async Task Show_UnknownName_ExitsNonZeroWithAHint()
    {
        var result = await CliRunner.RunAsync(demo.Database, "show", "不存在的企业名称XYZ");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chaingraph find", result.Error);
    }

    [Fact]
    public async Task IngestCkg_MalformedLine_ExitTwoNamingFileLineAndField()
    {
        var folder = Directory.CreateTempSubdirectory("chaingraph-bad-").FullName;
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, "industries.jsonl"), ["{\"code\": \"110000\", \"name\": \"农林牧渔\", \"parentCode\": null}", "{\"code\": \"11X\", \"name\": \"坏\"}"]);
            var result = await CliRunner.RunAsync(Path.Combine(folder, "x.db"), "ingest", "ckg", folder);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{Path.Combine(folder, "industries.jsonl")}:2: field 'code'", result.Error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Find_LimitOutOfRange_ExplainsTheRange()
    {
        var result = await CliRunner.RunAsync(demo.Database, "find", "曙光", "--limit", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1..500", result.Error);
    }
}
