using System.Text;

namespace ChainGraph.Core.Io;

/// <summary>
/// Recognises UTF-16 text files: Excel's "Unicode text" and some WPS exports are UTF-16 with a byte-order mark,
/// and tools that drop the mark leave NUL bytes beside every ASCII character (commas, digits, line breaks). Read as
/// UTF-8 or GBK such a file becomes garbage, so readers decode it as UTF-16 instead.
/// </summary>
public static class TextEncodings
{
    /// <summary>
    /// What <see cref="Utf8"/> reads a byte that is not UTF-8 as: a noncharacter, so that a U+FFFD the source itself
    /// holds (its own earlier loss, valid UTF-8) is kept while bytes that are not UTF-8 are told apart and refused.
    /// </summary>
    public const char InvalidByteMarker = '\uFFFF';

    /// <summary>UTF-8 without BOM that reads bytes which are not UTF-8 as <see cref="InvalidByteMarker"/>.</summary>
    public static readonly Encoding Utf8 = WithMarker((Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone());

    /// <summary>Bytes looked at to recognise a BOM-less UTF-16 file.</summary>
    public const int SniffBytes = 4096;

    /// <summary>UTF-16 (LE or BE) when <paramref name="head"/> (the file's first bytes) shows it; null otherwise.</summary>
    public static Encoding? Utf16(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        // Without a BOM: NULs in one byte position of the pairs and (almost) none in the other.
        int even = 0, odd = 0;
        var length = Math.Min(head.Length, SniffBytes) & ~1;
        for (var i = 0; i < length; i++)
        {
            if (head[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        var pairs = length / 2;
        return pairs < 4 ? null
            : odd > pairs / 8 && even == 0 ? Encoding.Unicode
            : even > pairs / 8 && odd == 0 ? Encoding.BigEndianUnicode
            : null;
    }

    private static Encoding WithMarker(Encoding encoding)
    {
        encoding.DecoderFallback = new DecoderReplacementFallback(InvalidByteMarker.ToString());
        return encoding;
    }
}
