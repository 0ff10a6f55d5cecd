using System.Globalization;
using ChainGraph.Web.Site;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Exports;

/// <summary>The columns of an exported target list, shared by CSV and XLSX so both carry the same figures.</summary>
public static class TargetTable
{
    public static IReadOnlyList<string> Headers { get; } =
        ["排名", "企业名称", "企业代码", "省份", "城市", "标签", "规模", "规模依据", "风险提示", "本地已有布局", "匹配度", "推荐分", "推荐理由", "证据", "证据来源"];

    /// <summary>Column widths (characters) for the spreadsheet.</summary>
    public static IReadOnlyList<double> Widths { get; } = [6, 24, 12, 10, 10, 18, 6, 14, 8, 20, 8, 8, 40, 60, 30];

    public static IReadOnlyList<object> Cells(TargetRow row) =>
    [
        row.Rank,
        row.Name,
        row.Code ?? "",
        row.Province ?? "",
        row.City ?? "",
        string.Join("、", row.Tags),
        EnterpriseSize.Label(row.Size),
        row.SizeBasis,
        row.Risk ?? "",
        row.LocalPresence ?? "",
        row.Match,
        Math.Round(row.Score, 4),
        string.Join("；", row.Reasons),
        string.Join("；", row.Evidence.Select(e => e.Text)),
        string.Join("；", row.Evidence.Select(e => SourceLabels.TitleOf(e.Source, e.Reference)).Distinct(StringComparer.Ordinal)),
    ];

    public static string Format(object cell) => cell switch
    {
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>
    /// A file name both Windows and Excel accept, and that cannot mislead: the title without path or reserved
    /// characters, control characters (CR/LF would split the Content-Disposition header) or format characters
    /// (U+202E and the other bidi controls make "名单_exe.xlsx" display as another extension).
    /// </summary>
    public static string FileName(string title, string extension)
    {
        var reserved = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '·', ' ']).ToHashSet();
        var safe = new string(title.Select(c => reserved.Contains(c) || char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? '_' : c).ToArray()).Trim('_');
        return $"招商目标_{(safe.Length == 0 ? "名单" : safe[..Math.Min(safe.Length, 60)])}.{extension}";
    }
}
