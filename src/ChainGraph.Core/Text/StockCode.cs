using System.Text.RegularExpressions;

namespace ChainGraph.Core.Text;

/// <summary>A-share stock codes: six digits and the exchange (600000.SH, 000001.SZ, 830799.BJ).</summary>
public static partial class StockCode
{
    [GeneratedRegex(@"^(\d{6})\.(SH|SZ|BJ)(\.(SH|SZ|BJ))?$")]
    private static partial Regex Pattern();

    /// <summary>The canonical form (the ckg data set has 600303.SH.SH beside 600303.SH); null when the text is not a stock code.</summary>
    public static string? Normalize(string code)
    {
        var match = Pattern().Match(code.Trim().ToUpperInvariant());
        return match.Success ? $"{match.Groups[1].Value}.{match.Groups[2].Value}" : null;
    }
}
