using ChainGraph.Core.Model;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Tests.TestSupport;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChainGraph.Ingest.Tests.Sources;

/// <summary>File sources (jsonl, csv, xlsx): a bad row is reported with file and line and does not block the good ones; a second run changes nothing.</summary>
public sealed class FileSourceTests : IAsyncLifetime
{
    // A chamber's member list (real Tianjin enterprises); row 3 has no name, row 4 a malformed stock code.
    private static readonly string[][] s_rows =
    [
        ["企业名称", "股票代码", "所在区", "标签"],
        ["天津钢管制造有限公司", "", "东丽区", "链主、专精特新"],
        ["", "", "河西区", ""],
        ["天津七一二通信广播股份有限公司", "603712", "东丽区", "上市"],
        ["天津力神电池股份有限公司", "", "西青区", "高新技术"],
        ["天津中环半导体股份有限公司", "002129.SZ", "西青区", "上市"],
    ];

    private JobsHarness _jobs = null!;

    public async Task InitializeAsync() => _jobs = await JobsHarness.CreateAsync(batchSize: 2);

    public async Task DisposeAsync() => await _jobs.DisposeAsync();

    [Theory]
    [InlineData("csv", "members.csv:3")]
    [InlineData("xlsx", "members.xlsx!成员:3")]
    [InlineData("jsonl", "members.jsonl:2")]
    public async Task RunAsync_FileWithBadRows_StoresGoodRowsAndIsIdempotent(string kind, string badReference)
    {
        var file = kind switch { "csv" => WriteCsv(), "xlsx" => WriteXlsx(), _ => WriteJsonl() };
        _jobs.AddSource("members", $"""
            kind: {kind}
            location: {file}
            sheet: 成员
            fields:
              name: 企业名称
              code: 股票代码
              county: 所在区
              tags: 标签
            tags: [工商联会员]
            """.Replace("sheet: 成员\n", kind == "xlsx" ? "sheet: 成员\n" : "", StringComparison.Ordinal));

        var first = await _jobs.Runner.RunAsync("members", CancellationToken.None);
        var second = await _jobs.Runner.RunAsync("members", CancellationToken.None);

        Assert.Equal(JobStatus.Partial, first.Status);
        Assert.Equal(3, first.Counts.Added);
        Assert.Equal(2, first.Counts.Rejected);
        Assert.Contains(first.Rejections, r => r.Contains(badReference, StringComparison.Ordinal) && r.Contains("name", StringComparison.Ordinal));
        Assert.Contains(first.Rejections, r => r.Contains("'603712' is not a stock code", StringComparison.Ordinal));
        Assert.Equal(0, second.Counts.Added);
        Assert.Equal(0, second.Counts.Updated);
        var listed = await _jobs.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "002129.SZ"), CancellationToken.None);
        Assert.Equal(["上市", "工商联会员"], listed!.Tags.ToArray());
        var pipe = Assert.Single(await _jobs.Store.SearchAsync("天津钢管", NodeKind.Enterprise, 5, CancellationToken.None));
        Assert.Equal("东丽区", pipe.Property(EnterpriseProps.County));
        Assert.Contains("专精特新", pipe.Tags);
    }

    private string WriteCsv() => Write("members.csv", string.Join("\n", s_rows.Select(r => string.Join(",", r.Select(c => $"\"{c}\"")))));

    private string WriteJsonl() => Write("members.jsonl", string.Join("\n", s_rows.Skip(1).Select(r =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>(s_rows[0].Zip(r).Where(p => p.Second.Length > 0).Select(p => KeyValuePair.Create(p.First, p.Second)))))));

    private string Write(string name, string content)
    {
        _jobs.AddFile(name, content);
        return name;
    }

    private string WriteXlsx()
    {
        var path = Path.Combine(_jobs.IngestFolder, "members.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < s_rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < s_rows[r].Length; c++)
            {
                if (s_rows[r][c].Length > 0)
                {
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s_rows[r][c])) });
                }
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "成员" }));
        return "members.xlsx";
    }
}
