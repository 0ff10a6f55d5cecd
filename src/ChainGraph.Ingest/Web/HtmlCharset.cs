using System.Text;
using System.Text.RegularExpressions;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// Decodes page bytes: the HTTP charset, else a byte-order mark, else <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> in the first 2 KiB, else UTF-8.
/// GB2312 is read as GBK (code page 936), its superset: many "gb2312" government pages use GBK-only characters.
/// </summary>
public static partial class HtmlCharset
{
    /// <summary>How far into the page a meta charset is looked for (the HTML spec's prescan reads 1024 bytes; we allow more).</summary>
    public const int PrescanBytes = 2048;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? httpCharset)
    {
        var encoding = Resolve(httpCharset) ?? FromBom(body) ?? Resolve(MetaCharset(body)) ?? Encoding.UTF8;
        var preamble = encoding.GetPreamble();
        if (preamble.Length > 0 && body.StartsWith(preamble))
        {
            body = body[preamble.Length..];
        }

        return encoding.GetString(body);
    }

    /// <summary>The encoding for a charset label, or null when unknown; gb2312/gbk/x-gbk map to code page 936.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name is "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb_2312-80" or "csgb2312")
        {
            return Encoding.GetEncoding(936);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8
        : body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        var match = MetaPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaPattern();
}
