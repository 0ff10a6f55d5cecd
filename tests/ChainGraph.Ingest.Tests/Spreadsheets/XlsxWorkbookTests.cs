using ChainGraph.Ingest.Spreadsheets;
using ChainGraph.Tests.Shared;

namespace ChainGraph.Ingest.Tests.Spreadsheets;

/// <summary>
/// The streaming XLSX reader against ordinary and hostile workbooks (issue 13, failures 1 and 7): every hostile
/// shape is refused with a message naming what is wrong or which limit was reached, never an out-of-memory or a 500.
/// </summary>
public sealed class XlsxWorkbookTests
{
    [Fact]
    public void ReadRows_SharedInlineAndNumberCells_ReadsTextByColumn()
    {
        var file = RawXlsx.Build(
            RawXlsx.SheetXml(
                """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>代</t></r><r><t>码</t></r><rPh><t>だい</t></rPh></is></c></row>""",
                """<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>42.5</v></c></row>"""),
            $"""<sst xmlns="{RawXlsx.Main}" count="2"><si><t>企业名称</t></si><si><t xml:space="preserve"> 天津 </t></si></sst>""");

        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload);
        var rows = workbook.ReadRows().ToArray();

        Assert.Equal(["名单"], workbook.SheetNames);
        Assert.Equal([1, 3], rows.Select(r => r.Number));
        Assert.Equal(["企业名称", "", "代码"], rows[0].Cells);
        Assert.Equal([" 天津 ", "42.5"], rows[1].Cells);
    }

    [Theory]
    [InlineData("""<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>""", "&lol2;")]
    [InlineData("""<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""", "&xxe;")]
    public void ReadRows_SheetWithDtd_RefusedNamingTheDtd(string doctype, string reference)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{RawXlsx.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{reference}</t></is></c></row></sheetData></worksheet>""";
        using var workbook = XlsxWorkbook.Open(new MemoryStream(RawXlsx.Build(sheet)), XlsxLimits.Upload);

        var error = Assert.Throws<InvalidDataException>(() => workbook.ReadRows().ToArray());
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Contains("工作表「名单」", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SharedStringsWithDtd_RefusedWhenRead()
    {
        var shared = $"""<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst xmlns="{RawXlsx.Main}"><si><t>&a;</t></si></sst>""";
        using var workbook = XlsxWorkbook.Open(new MemoryStream(RawXlsx.Build(RawXlsx.SheetXml("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""), shared)), XlsxLimits.Upload);

        var error = Assert.Throws<InvalidDataException>(() => workbook.ReadRows().ToArray());
        Assert.Contains("共享字符串表含有文档类型声明（DTD）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_SheetRelationshipIdPointsNowhere_RefusedAsBroken()
    {
        var file = RawXlsx.Build(RawXlsx.SheetXml("""<row r="1"><c r="A1"><v>1</v></c></row>"""), sheetRelationshipId: "rId999");
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload);

        var error = Assert.Throws<InvalidDataException>(() => workbook.ReadRows().ToArray());
        Assert.Contains("关系编号“rId999”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_SharedStringIndexOutOfRange_RefusedNamingTheCell()
    {
        var file = RawXlsx.Build(RawXlsx.SheetXml("""<row r="1"><c r="B1" t="s"><v>7</v></c></row>"""), $"""<sst xmlns="{RawXlsx.Main}"><si><t>x</t></si></sst>""");
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload);

        var error = Assert.Throws<InvalidDataException>(() => workbook.ReadRows().ToArray());
        Assert.Contains("单元格 B1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotAZip_SaysSaveAsXlsx()
    {
        var error = Assert.Throws<InvalidDataException>(() => XlsxWorkbook.Open(new MemoryStream("名称\n天津\n"u8.ToArray()), XlsxLimits.Upload));
        Assert.Contains("另存为 .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_SheetInflatingPastTheBudget_StopsAtTheUncompressedLimit()
    {
        // 60 MB of rows whose numbers vary (compression ratio ~25:1, below the ratio limit): the byte budget stops it.
        var file = RawXlsx.Build(write => write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(600_000, i => $"""<row r="{i}"><c r="A{i}"><v>{i * 7919 % 1_000_003}</v></c><c r="B{i}"><v>{i}</v></c></row>""")), withSharedStrings: false);
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload with { MaxRows = 10_000_000, MaxCells = 10_000_000 });

        var error = Assert.Throws<XlsxLimitException>(() => workbook.ReadRows().Count());
        Assert.Equal(nameof(XlsxLimits.MaxUncompressedBytes), error.Limit);
        Assert.Contains("解压后大小", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_HighlyCompressedSheet_RefusedByTheCompressionRatio()
    {
        var file = RawXlsx.Build(write => write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(200_000, _ => """<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAA</t></is></c></row>""")), withSharedStrings: false);
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload);

        var error = Assert.Throws<XlsxLimitException>(() => workbook.ReadRows().First());
        Assert.Equal(nameof(XlsxLimits.MaxCompressionRatio), error.Limit);
        Assert.Contains("压缩比", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_TakeAFewRowsOfAHugeSheet_InflatesOnlyWhatIsRead()
    {
        var file = RawXlsx.Build(write => write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(600_000, i => $"""<row r="{i}"><c r="A{i}"><v>{i * 7919 % 1_000_003}</v></c></row>""")), withSharedStrings: false);
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), XlsxLimits.Upload);

        Assert.Equal(3, workbook.ReadRows().Take(3).Count());
    }

    [Theory]
    [InlineData(nameof(XlsxLimits.MaxRows), 20_001, "<row/>", "行数")]
    [InlineData(nameof(XlsxLimits.MaxCells), 1, """<row r="1">{cells}</row>""", "单元格数")]
    [InlineData(nameof(XlsxLimits.MaxColumns), 1, """<row r="1"><c r="XFE1"><v>1</v></c></row>""", "列数")]
    [InlineData(nameof(XlsxLimits.MaxCellChars), 1, """<row r="1"><c r="A1" t="inlineStr"><is><t>{long}</t></is></c></row>""", "单元格长度")]
    public void ReadRows_PastALimit_ThrowsNamingIt(string limit, int count, string row, string word)
    {
        var limits = XlsxLimits.Upload with { MaxRows = 20_000, MaxCells = 5_000, MaxCellChars = 1_000 };
        var xml = row.Replace("{cells}", string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 5_001)), StringComparison.Ordinal)
            .Replace("{long}", new string('长', 1_001), StringComparison.Ordinal);
        var file = RawXlsx.Build(write => write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(count, _ => xml)), withSharedStrings: false);
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), limits);

        var error = Assert.Throws<XlsxLimitException>(() => workbook.ReadRows().Count());
        Assert.Equal((limit, true), (error.Limit, error.Message.Contains(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(nameof(XlsxLimits.MaxSharedStrings), 2_001, 1, "共享字符串数")]
    [InlineData(nameof(XlsxLimits.MaxSharedStringChars), 100, 200, "共享字符串总长度")]
    public void Open_SharedStringBomb_ThrowsNamingTheLimit(string limit, int strings, int length, string word)
    {
        var limits = XlsxLimits.Upload with { MaxSharedStrings = 2_000, MaxSharedStringChars = 20_000 };
        var file = RawXlsx.Build(write =>
        {
            write("xl/worksheets/sheet1.xml", RawXlsx.Sheet(1, _ => """<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""));
            write("xl/sharedStrings.xml", Enumerable.Repeat($"<sst xmlns=\"{RawXlsx.Main}\">", 1)
                .Concat(Enumerable.Range(0, strings).Select(i => $"<si><t>{new string('名', length)}{i}</t></si>")).Append("</sst>"));
        }, withSharedStrings: true);
        using var workbook = XlsxWorkbook.Open(new MemoryStream(file), limits);

        var error = Assert.Throws<XlsxLimitException>(() => workbook.ReadRows().First());
        Assert.Equal((limit, true), (error.Limit, error.Message.Contains(word, StringComparison.Ordinal)));
    }
}
