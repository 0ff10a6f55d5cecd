using System.Globalization;
using System.Text;

namespace ChainGraph.Core.Text;

/// <summary>
/// Normalizes enterprise and entity names for matching: Unicode NFKC (full-width → half-width),
/// case folding, bracketed parts dropped (凯莱英医药集团(天津)… — brackets hold a place or 集团),
/// no whitespace or punctuation, and legal-form suffixes stripped (股份有限公司, 有限公司, 集团 …). Two names that normalize equally are
/// treated as the same name by entity resolution.
/// </summary>
public static class NameNormalizer
{
    // Longest first: the loop strips repeatedly, so 集团股份有限公司 goes in two steps too.
    private static readonly string[] s_legalSuffixes =
    [
        "股份有限公司", "有限责任公司", "股份合作公司", "有限公司", "股份公司", "集团公司", "总公司", "控股集团", "集团",
        "公司", "coltd", "co.ltd", "ltd", "inc", "corp", "corporation", "limited",
    ];

    private static readonly string[] s_listingMarks = ["*st", "st"];

    /// <summary>The matching form of <paramref name="name"/>; empty when nothing is left.</summary>
    public static string Normalize(string? name)
    {
        var folded = Fold(WithoutBrackets(name));
        var stripped = StripSuffixes(folded);
        return stripped.Length > 0 ? stripped : folded;
    }

    /// <summary>
    /// NFKC, lower case, and only letters and digits kept (brackets, spaces, dots and dashes removed):
    /// the form two spellings of the same name agree on before any suffix is stripped.
    /// </summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var nfkc = IsNfkcStable(name) ? name : name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(nfkc.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in nfkc.EnumerateRunes())
        {
            if (IsUnifiedIdeograph(rune.Value))
            {
                // A letter without case (OtherLetter): kept as it is, without the category and case tables.
                builder.Append((char)rune.Value);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber)
            {
                builder.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
            }
            else if (rune.Value == '*')
            {
                builder.Append('*');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when NFKC leaves <paramref name="name"/> as it is because every character is ASCII or a CJK
    /// unified ideograph (U+4E00..U+9FFF, none of which has a decomposition; the compatibility ideographs
    /// and full-width forms lie outside): most names, which then skip the ICU normalization call.
    /// </summary>
    private static bool IsNfkcStable(string name)
    {
        foreach (var c in name)
        {
            if (c >= 0x80 && !IsUnifiedIdeograph(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnifiedIdeograph(int c) => c is >= 0x4E00 and <= 0x9FFF;

    private static string? WithoutBrackets(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.IndexOfAny(['(', '（', '[', '【']) < 0)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '（' or '[' or '【')
            {
                depth++;
            }
            else if (c is ')' or '）' or ']' or '】')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        // A name that is all brackets keeps its content rather than vanish.
        return builder.ToString().Trim().Length > 0 ? builder.ToString() : name;
    }

    private static string StripSuffixes(string folded)
    {
        var value = folded;
        foreach (var mark in s_listingMarks)
        {
            if (value.StartsWith(mark, StringComparison.Ordinal) && value.Length > mark.Length + 1)
            {
                value = value[mark.Length..];
                break;
            }
        }

        value = value.Replace("*", "", StringComparison.Ordinal);
        bool stripped;
        do
        {
            stripped = false;
            foreach (var suffix in s_legalSuffixes)
            {
                if (value.Length > suffix.Length + 1 && value.EndsWith(suffix, StringComparison.Ordinal))
                {
                    value = value[..^suffix.Length];
                    stripped = true;
                    break;
                }
            }
        }
        while (stripped);

        return value;
    }
}
