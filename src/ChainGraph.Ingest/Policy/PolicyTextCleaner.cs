using System.Text;
using System.Text.RegularExpressions;

namespace ChainGraph.Ingest.Policy;

/// <summary>
/// Repairs policy text as it comes off the web before any name is looked for: Unicode NFKC
/// (full-width letters, digits and punctuation to half-width), pinyin annotations and other Latin
/// fragments inside Chinese words removed (進(jìn)一步 → 進一步), Traditional characters simplified,
/// digits broken across lines or spaced out joined (5\n0 0强 → 500强), and the spaces that
/// PDF extraction leaves between Chinese characters dropped.
/// </summary>
public static partial class PolicyTextCleaner
{
    public static string Clean(string text)
    {
        var value = text.Normalize(NormalizationForm.FormKC).Replace("\r\n", "\n", StringComparison.Ordinal);
        value = PinyinInParentheses().Replace(value, "");
        value = LatinInsideCjk().Replace(value, "");
        value = TraditionalChinese.ToSimplified(value);
        value = BrokenDigits().Replace(value, "");
        value = SpaceBetweenCjk().Replace(value, "");
        return value;
    }

    /// <summary>
    /// Sentences for evidence: split after 。！？； and at line ends; each trimmed, empty ones dropped.
    /// A sentence longer than <see cref="MaxSentenceLength"/> is cut at commas so evidence stays readable.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string cleaned)
    {
        var sentences = new List<string>();
        foreach (var piece in SentenceEnd().Split(cleaned))
        {
            var sentence = piece.Trim();
            if (sentence.Length == 0)
            {
                continue;
            }

            if (sentence.Length <= MaxSentenceLength)
            {
                sentences.Add(sentence);
                continue;
            }

            var current = new StringBuilder();
            foreach (var clause in sentence.Split(','))
            {
                if (current.Length > 0 && current.Length + clause.Length > MaxSentenceLength)
                {
                    sentences.Add(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? "," : "").Append(clause);
            }

            sentences.Add(current.ToString());
        }

        return sentences;
    }

    /// <summary>Longest evidence sentence kept whole (characters).</summary>
    public const int MaxSentenceLength = 240;

    // "(jìn)" after a character: a lower-case pinyin reading with tone marks (or a tone digit); "(CDMO)" and "(一)" stay.
    [GeneratedRegex(@"\([a-z\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F]+\d?\)")]
    private static partial Regex PinyinInParentheses();

    // Lower-case Latin letters glued between two CJK characters (a stray pinyin fragment): 提zhi质 → 提质. Upper-case acronyms (CDMO) stay.
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[a-z\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F]{1,8}(?=[\u4E00-\u9FFF])")]
    private static partial Regex LatinInsideCjk();

    [GeneratedRegex(@"(?<=\d)[ \t]*\n?[ \t]*(?=\d)")]
    private static partial Regex BrokenDigits();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[ \t]+(?=[\u4E00-\u9FFF])")]
    private static partial Regex SpaceBetweenCjk();

    [GeneratedRegex(@"(?<=[。!?;！？；])|\n")]
    private static partial Regex SentenceEnd();
}
