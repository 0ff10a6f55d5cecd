using System.Text;
using ChainGraph.Ingest.Web;

namespace ChainGraph.Ingest.Tests.Web;

public sealed class HtmlCharsetTests
{
    private const string Page = "<html><head>{0}</head><body>天津市宝坻区鑫垚钢铁贸易有限公司</body></html>";

    [Theory]
    [InlineData("gbk", "", "gbk")]
    [InlineData("gbk", "", "gb2312")] // a "gb2312" label is read as its superset GBK: 垚 is not in GB2312
    [InlineData("gbk", "<meta charset=\"gb2312\">", null)]
    [InlineData("gbk", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">", null)]
    [InlineData("gb18030", "<meta charset=gb18030>", null)]
    [InlineData("utf-8", "", null)]
    [InlineData("utf-8", "<meta charset=\"utf-8\">", "utf-8")]
    public void Decode_CharsetFromHeaderOrMeta_ReadsChineseCorrectly(string encoding, string meta, string? httpCharset)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, meta);
        var bytes = (HtmlCharset.Resolve(encoding) ?? Encoding.UTF8).GetBytes(html);

        var decoded = HtmlCharset.Decode(bytes, httpCharset);

        Assert.Contains("天津市宝坻区鑫垚钢铁贸易有限公司", decoded);
    }
}
