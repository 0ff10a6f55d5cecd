using System.Text;
using ChainGraph.Core.Exports;
using ChainGraph.Web.Events;
using ChainGraph.Web.Exports;

namespace ChainGraph.Web.Tests.Exports;

public sealed class ExportTests
{
    [Fact]
    public void CsvWrite_ChineseText_StartsWithUtf8BomAndRoundTrips()
    {
        var bytes = CsvExport.Write(["企业名称", "说明"], [["宁德时代", "动力电池，储能"], ["先导\"智能\"", "多行\n文本"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("企业名称,说明\r\n宁德时代,动力电池，储能\r\n\"先导\"\"智能\"\"\",\"多行\n文本\"\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 22 1234", "'+86 22 1234")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-0.5", "-0.5")]
    public void CsvWrite_CellAFormulaWouldRun_IsPrefixedWithAnApostrophe(string cell, string expected)
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(["x"], [[cell]]))[1..];

        Assert.Equal($"x\r\n{expected}\r\n", text);
    }

    [Fact]
    public void XlsxWrite_ThenRead_GivesTheSameCells()
    {
        var xlsx = XlsxExport.Write("招商目标", ["排名", "企业名称", "推荐分"], [6, 20, 8], [[1, "宁德时代<script>", 0.875], [2, "先导智能", 0.5]]);

        using var stream = new MemoryStream(xlsx);
        var rows = SpreadsheetReader.ReadFirstSheet(stream, 10);

        Assert.Equal(["排名", "企业名称", "推荐分"], rows[0]);
        Assert.Equal(["1", "宁德时代<script>", "0.875"], rows[1]);
        Assert.Equal(["2", "先导智能", "0.5"], rows[2]);
    }

    [Fact]
    public void XlsxWrite_NameWithXmlInvalidCharacters_WritesAWorkbookWithoutThem()
    {
        // Issue 13, failure 7: one name with U+000B broke every XLSX export (the store may predate the ingest clean-up).
        var xlsx = XlsxExport.Write("招商\u0001目标", ["企业名称"], [20], [["天津\u000B钢管\uFFFF制造"]]);

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["天津钢管制造"], SpreadsheetReader.ReadFirstSheet(stream, 10)[1]);
    }

    [Theory]
    [InlineData("名单\r\nSet-Cookie: x=1", "招商目标_名单__Set-Cookie__x=1.xlsx")]
    [InlineData("名单\u202Exslx.exe", "招商目标_名单_xslx.exe.xlsx")]
    [InlineData("\u200F\u2066", "招商目标_名单.xlsx")]
    public void FileName_ControlAndBidiCharacters_Replaced(string title, string expected) =>
        Assert.Equal(expected, TargetTable.FileName(title, "xlsx"));

    [Fact]
    public void AttendeeParserDecode_Utf16WithoutBom_DecodesChinese()
    {
        var utf16 = Encoding.Unicode.GetBytes("企业名称\r\n先导智能\r\n");

        Assert.Equal("企业名称\r\n先导智能\r\n", AttendeeParser.Decode(utf16));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_Index_GivesA1Letters(int index, string expected) => Assert.Equal(expected, XlsxExport.ColumnName(index));

    [Theory]
    [InlineData("先导智能\n宁德时代", new[] { "先导智能", "宁德时代" })]
    [InlineData("企业名称,代码\n先导智能,300450.SZ\n", new[] { "先导智能" })]
    [InlineData("先导智能\t300450.SZ\r\n\r\n  宁德时代  ", new[] { "先导智能", "宁德时代" })]
    [InlineData("\"中车株洲, 电力机车\",601766.SH", new[] { "中车株洲, 电力机车" })]
    public void AttendeeParserFromText_Lines_GivesNames(string text, string[] expected) =>
        Assert.Equal(expected, AttendeeParser.FromText(text, 100).Select(a => a.Name).ToArray());

    [Fact]
    public void AttendeeParserDecode_Gb18030Bytes_DecodesChinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("先导智能");

        Assert.Equal("先导智能", AttendeeParser.Decode(gbk));
    }

    [Theory]
    [InlineData("先导智能", "先导智能", 1.0)]
    [InlineData("先导智", "先导智能", 0.8)]
    [InlineData("宁德时代", "先导智能", 0.0)]
    public void NameSimilarityDice_Pairs_GivesBigramOverlap(string a, string b, double expected) =>
        Assert.Equal(expected, NameSimilarity.Dice(a, b), 3);

    [Theory]
    [InlineData("宁得时代", "宁德时代", 0.75)]   // one wrong character: one edit in four, though only one bigram in three is shared
    [InlineData("宁德时带", "宁德时代", 0.75)]
    [InlineData("先导智", "先导智能", 0.8)]      // a name cut short: the bigram overlap is the better measure
    [InlineData("宁德时代", "先导智能", 0.0)]
    public void NameSimilarity_Pairs_TakesTheBetterOfBigramsAndEdits(string a, string b, double expected) =>
        Assert.Equal(expected, NameSimilarity.Similarity(a, b), 3);
}
