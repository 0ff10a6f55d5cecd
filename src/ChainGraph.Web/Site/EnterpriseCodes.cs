using System.Text.RegularExpressions;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Web.Site;

/// <summary>
/// The code a chain lead may read beside a name: a stock code (300750.SZ) or a unified social credit code.
/// Enterprise keys without a code (<c>name:华为</c>, the graph's internal key for an enterprise found only by
/// name) are never shown; pages link with the key and show no code.
/// </summary>
public static partial class EnterpriseCodes
{
    /// <summary>The stock or credit code of an enterprise, from its key or properties; null when it has none.</summary>
    public static string? Display(string key, GraphNode? node = null)
    {
        if (StockCode.Normalize(key) is { } stock)
        {
            return stock;
        }

        if (CreditCode().IsMatch(key))
        {
            return key;
        }

        return node?.Property(EnterpriseProps.StockCode) ?? node?.Property(EnterpriseProps.CreditCode);
    }

    // GB 32100-2015: 18 characters, digits and upper-case letters without I, O, S, V, Z.
    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCode();
}
