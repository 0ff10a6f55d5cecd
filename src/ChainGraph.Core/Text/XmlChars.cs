using System.Text;

namespace ChainGraph.Core.Text;

/// <summary>
/// Characters XML 1.0 cannot carry (§2.2 Char: control characters other than tab, line feed and carriage return,
/// unpaired surrogates, U+FFFE and U+FFFF). A name holding one (scraped data: U+000B, a stray NUL) would make every
/// XLSX export fail; ingestion removes them and exports remove them again.
/// </summary>
public static class XmlChars
{
    /// <summary>Index of the first character XML cannot carry, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                i++;
            }
            else if (!IsAllowed(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> without the characters XML cannot carry; the same instance when there are none.</summary>
    public static string Strip(string text)
    {
        if (IndexOfInvalid(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else if (IsAllowed(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsPair(ReadOnlySpan<char> text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsAllowed(char c) => c >= '\u0020' ? !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r';
}
