using System.Text;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Sources;

/// <summary>
/// Issue 13, failure 8: what file sources used to take silently (a duplicate key, bytes that are not UTF-8, a lone
/// surrogate, a row with too many columns, a quote never closed, UTF-16) is rejected with file, line and field, or
/// read correctly; the good rows are stored; XML-invalid characters are removed at the ingest boundary.
/// </summary>
public sealed class HostileSourceFileTests : IAsyncLifetime
{
    private JobsHarness _jobs = null!;

    public async Task InitializeAsync() => _jobs = await JobsHarness.CreateAsync(batchSize: 2);

    public async Task DisposeAsync() => await _jobs.DisposeAsync();

    [Fact]
    public async Task Jsonl_DuplicateKeyLoneSurrogateAndBadUtf8_RejectedWithLineAndField()
    {
        // Line 5 holds a U+FFFD written as valid UTF-8 (the source's own earlier loss, as in the demo CKG): kept.
        var text = string.Join("\n",
            """{"企业名称":"天津钢管制造有限公司"}""",
            """{"企业名称":"天津力神电池股份有限公司","企业名称":"别的公司"}""",
            """{"企业名称":"天津\ud800公司"}""",
            """{"企业名称":"天津XX公司"}""",
            "{\"企业名称\":\"天津\uFFFD材料有限公司\"}");
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[bytes.AsSpan().IndexOf("XX"u8)] = 0xFF;
        await File.WriteAllBytesAsync(Path.Combine(_jobs.IngestFolder, "m.jsonl"), bytes);
        AddSource("jsonl", "m.jsonl");

        var run = await _jobs.Runner.RunAsync("m", CancellationToken.None);

        Assert.Equal((JobStatus.Partial, 2, 3), (run.Status, run.Counts.Added, run.Counts.Rejected));
        Assert.Contains(run.Rejections, r => r.Contains("m.jsonl:2", StringComparison.Ordinal) && r.Contains("'企业名称' appears twice", StringComparison.Ordinal));
        Assert.Contains(run.Rejections, r => r.Contains("m.jsonl:3", StringComparison.Ordinal) && r.Contains("unpaired surrogate", StringComparison.Ordinal));
        Assert.Contains(run.Rejections, r => r.Contains("m.jsonl:4", StringComparison.Ordinal) && r.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_WrongColumnCountAndUnterminatedQuote_RejectedAtTheirLines()
    {
        _jobs.AddFile("m.csv", "企业名称,所在区\n天津钢管制造有限公司,东丽区\n\"天津力神电池股份有限公司,西青区\n天津中环,西青区\n天津一,河西区\n天津二,河东区\n");
        _jobs.AddFile("n.csv", "企业名称,所在区\n天津钢管制造有限公司,东丽区,多出来的一列\n天津力神电池股份有限公司,西青区\n");
        AddSource("csv", "m.csv");
        AddSource("csv", "n.csv", "n");

        var unterminated = await _jobs.Runner.RunAsync("m", CancellationToken.None);
        var columns = await _jobs.Runner.RunAsync("n", CancellationToken.None);

        var rejection = Assert.Single(unterminated.Rejections);
        Assert.Contains("m.csv:3", rejection, StringComparison.Ordinal);
        Assert.Contains("never closed", rejection, StringComparison.Ordinal);
        Assert.Equal(1, unterminated.Counts.Added);
        Assert.Contains("n.csv:2", Assert.Single(columns.Rejections), StringComparison.Ordinal);
        Assert.Contains("3 column(s), the header has 2", columns.Rejections[0], StringComparison.Ordinal);
        Assert.Equal(1, columns.Counts.Added);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task Csv_Utf16WithOrWithoutBom_ReadAsUtf16(bool bom, bool bigEndian)
    {
        Encoding encoding = bigEndian ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var body = encoding.GetBytes("企业名称,所在区\r\n天津钢管制造有限公司,东丽区\r\n");
        await File.WriteAllBytesAsync(Path.Combine(_jobs.IngestFolder, "m.csv"), bom ? [.. encoding.GetPreamble().Length > 0 ? encoding.GetPreamble() : [0xFF, 0xFE], .. body] : body);
        AddSource("csv", "m.csv");

        var run = await _jobs.Runner.RunAsync("m", CancellationToken.None);

        Assert.Equal((JobStatus.Succeeded, 1), (run.Status, run.Counts.Added));
        Assert.Single(await _jobs.Store.SearchAsync("天津钢管制造", NodeKind.Enterprise, 5, CancellationToken.None));
    }

    [Fact]
    public async Task Csv_NameWithXmlInvalidCharacters_StoredWithoutThem()
    {
        _jobs.AddFile("m.csv", "企业名称,所在区\n天津\u000B钢管\u0001制造有限公司,东丽区\n");
        AddSource("csv", "m.csv");

        await _jobs.Runner.RunAsync("m", CancellationToken.None);

        var stored = Assert.Single(await _jobs.Store.SearchAsync("钢管", NodeKind.Enterprise, 5, CancellationToken.None));
        Assert.Equal("天津钢管制造有限公司", stored.Name);
    }

    private void AddSource(string kind, string file, string name = "m") => _jobs.AddSource(name, $"""
        kind: {kind}
        location: {file}
        fields:
          name: 企业名称
        """);
}
