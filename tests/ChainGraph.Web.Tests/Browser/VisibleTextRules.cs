using System.Text.RegularExpressions;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>
/// What may not appear in the text a chain lead reads (issue 14): English sentences, API paths, CLI commands, relation
/// codes, file names and internal keys. Proper names, stock codes and words such as PDF, CSV, Excel, A4 are fine.
/// </summary>
internal static partial class VisibleTextRules
{
    private static readonly (string Rule, Regex Pattern)[] s_rules =
    [
        ("API path", ApiPath()),
        ("CLI command", CliCommand()),
        ("relation code", RelationCode()),
        ("file name", FileName()),
        ("internal key", InternalKey()),
        ("developer term", DeveloperTerm()),
        ("English sentence", EnglishSentence()),
    ];

    /// <summary>Each text that breaks a rule, with the rule: "relation code: BASED_ON_PATENT".</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> texts) => texts
        .SelectMany(t => s_rules.Where(r => r.Pattern.IsMatch(t)).Select(r => $"{r.Rule}: {t}"))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    [GeneratedRegex(@"/api/|\b(GET|POST|PUT|DELETE)\s+/")]
    private static partial Regex ApiPath();

    [GeneratedRegex(@"\bchaingraph\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex CliCommand();

    [GeneratedRegex(@"\b[A-Z]{2,}(_[A-Z]{2,})+\b|\b(SUPPLIES|COOPERATES|INVESTS|CONTROLS|COMPETES|ACQUIRES|MAKES|CONTAINS|ANCHORS|FEEDS|MENTIONS|ATTENDS|PORTFOLIO)\b")]
    private static partial Regex RelationCode();

    [GeneratedRegex(@"\b[\w-]+\.(jsonl|json|txt|csv|xlsx|yaml|yml|db|model|gz|cs|js|html)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"\bname:|\b(Enterprise|Segment|Industry|Product|Chain):|cg\.db|\bickg\d*\b|\bckg\b", RegexOptions.IgnoreCase)]
    private static partial Regex InternalKey();

    [GeneratedRegex(@"\b(undefined|null|NaN|Exception|JSON|HTTP\s*\d{3}|ChainGraph:\w+|Missing|Weak|Strong|Upstream|Downstream|Midstream)\b")]
    private static partial Regex DeveloperTerm();

    // Three or more English words in a row (a sentence or a message), e.g. "No enterprise is named".
    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ ,'’]+[A-Za-z]{2,}){2,}")]
    private static partial Regex EnglishSentence();
}
