using System.Net;
using System.Text;
using System.Text.Json;
using ChainGraph.Tests.Shared;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failures 1 and 7 through the real upload endpoint: a DTD, a broken relationship id and a zip bomb are
/// 400 problems whose message says what is wrong (never a 500); a UTF-16 CSV is read correctly. The memory figures
/// under full-size bombs come from scripts/xlsx-bombs.py, not from a test.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class UploadHardeningTests(WebAppFixture app)
{
    [Theory]
    [InlineData("dtd", "DTD")]
    [InlineData("relationship", "关系编号")]
    [InlineData("bomb", "压缩比")]
    [InlineData("not-a-zip", "另存为 .xlsx")]
    public async Task UploadXlsx_Hostile_Returns400NamingTheProblem(string kind, string expected)
    {
        var file = kind switch
        {
            "dtd" => RawXlsx.Build($"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="{RawXlsx.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>"""),
            "relationship" => RawXlsx.Build(RawXlsx.SheetXml("""<row r="1"><c r="A1" t="inlineStr"><is><t>宁德时代</t></is></c></row>"""), sheetRelationshipId: "rId42"),
            "bomb" => RawXlsx.Build(write => write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(100_000, _ => "<row>" + string.Concat(Enumerable.Repeat("<c t=\"n\"><v>0</v></c>", 10)) + "</row>")), withSharedStrings: false),
            _ => "企业名称\n宁德时代\n"u8.ToArray(),
        };
        using var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsync("/api/events/upload", CsrfTests.UploadForm(file, "名单.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = string.Join(" ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadCsv_Utf16_ReadAsUtf16()
    {
        var csv = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("企业名称,代码\r\n宁德时代,300750.SZ\r\n先导智能,\r\n")).ToArray();
        using var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsync("/api/events/upload", CsrfTests.UploadForm(csv, "名单.csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attendees = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attendees").EnumerateArray().ToArray();
        Assert.Equal(["300750.SZ", "300450.SZ"], attendees.Select(a => a.GetProperty("enterpriseKey").GetString()));
    }
}
