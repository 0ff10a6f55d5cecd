using System.Globalization;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Web.Targets;

/// <summary>
/// Size classes (规模) for target lists. The demo data carries no revenue, employees or registered capital (ckg has
/// listing facts and each product line's share of revenue, not amounts; ICKG has news, patent and business links), so:
/// <list type="number">
/// <item>registered capital (万元) when an enterprise has it — ≥ 50,000 large, ≥ 5,000 medium, else small (a real figure);</item>
/// <item>otherwise an estimate (basis starts with 估算), first rule that applies:
///   ≥ <see cref="LargePartners"/> business partners or ≥ <see cref="LargePatents"/> patents in the graph → large
///   (prominence: 宁德时代, 比亚迪, 华为);
///   listed on the main board (沪深主板) for ≥ <see cref="LargeMainBoardYears"/> years → large (main-board listing
///   requires the largest revenue and profit; a long listing means years of growth since);
///   listed on 创业板/科创板/北交所 for under <see cref="SmallGrowthBoardYears"/> years → small (young growth-board firms);
///   any other listed company → medium;
///   unlisted with ≥ <see cref="MediumPartners"/> business partners → medium;</item>
/// <item>else unknown (规模不详): nothing in the data says how big it is.</item>
/// </list>
/// </summary>
public static class EnterpriseSize
{
    public const double LargeCapital = 50_000;
    public const double MediumCapital = 5_000;
    public const int LargePartners = 20;
    public const int LargePatents = 10;
    public const int MediumPartners = 5;
    public const int LargeMainBoardYears = 15;
    public const int SmallGrowthBoardYears = 6;

    public static (SizeClass Size, string Basis) Classify(GraphNode? node, GraphSnapshot snapshot, DateOnly today)
    {
        if (node is null)
        {
            return (SizeClass.Unknown, "无规模数据");
        }

        if (node.Property(EnterpriseProps.RegisteredCapital) is { } capitalText
            && double.TryParse(capitalText, NumberStyles.Float, CultureInfo.InvariantCulture, out var capital))
        {
            return (capital >= LargeCapital ? SizeClass.Large : capital >= MediumCapital ? SizeClass.Medium : SizeClass.Small,
                $"注册资本 {capital:N0} 万元");
        }

        var (partners, patents) = snapshot.Find(node.Ref) is { } index ? Count(snapshot, index) : (0, 0);
        if (partners >= LargePartners || patents >= LargePatents)
        {
            return (SizeClass.Large, $"估算：图谱中有 {partners} 家业务伙伴、{patents} 项专利");
        }

        if (Board(node) is { } board)
        {
            var years = ListedYears(node, today);
            var listed = years is { } y ? $"{board}上市 {y} 年" : $"{board}上市";
            return board == MainBoard && years >= LargeMainBoardYears ? (SizeClass.Large, $"估算：{listed}")
                : board != MainBoard && years < SmallGrowthBoardYears ? (SizeClass.Small, $"估算：{listed}")
                : (SizeClass.Medium, $"估算：{listed}");
        }

        return partners >= MediumPartners
            ? (SizeClass.Medium, $"估算：图谱中有 {partners} 家业务伙伴")
            : (SizeClass.Unknown, "无规模数据");
    }

    private const string MainBoard = "主板";

    /// <summary>大型, 中型, 小型, 规模不详.</summary>
    public static string Label(SizeClass size) => size switch
    {
        SizeClass.Large => "大型",
        SizeClass.Medium => "中型",
        SizeClass.Small => "小型",
        _ => "规模不详",
    };

    // The board from the stock code (沪深主板 600/601/603/605, 000/001/002/003; 创业板 300/301; 科创板 688/689; 北交所 .BJ; B 股 200/900).
    private static string? Board(GraphNode node)
    {
        var code = StockCode.Normalize(node.Property(EnterpriseProps.StockCode) ?? node.Key);
        if (code is null)
        {
            return node.Tags.Contains(EnterpriseTags.Listed) ? "" : null;
        }

        return code switch
        {
            _ when code.EndsWith(".BJ", StringComparison.Ordinal) => "北交所",
            _ when code.StartsWith("30", StringComparison.Ordinal) => "创业板",
            _ when code.StartsWith("68", StringComparison.Ordinal) => "科创板",
            _ when code.StartsWith("200", StringComparison.Ordinal) || code.StartsWith("900", StringComparison.Ordinal) => "B股",
            _ => MainBoard,
        };
    }

    private static int? ListedYears(GraphNode node, DateOnly today) =>
        DateOnly.TryParseExact(node.Property(EnterpriseProps.ListDate) ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var listed)
            ? Math.Max(0, today.Year - listed.Year - (today.DayOfYear < listed.DayOfYear ? 1 : 0))
            : null;

    private static (int Partners, int Patents) Count(GraphSnapshot snapshot, int index)
    {
        var partners = new HashSet<int>();
        var patents = 0;
        foreach (var edge in snapshot.OutEdges(index))
        {
            var type = snapshot.EdgeType(edge);
            if (GraphNames.EnterpriseLinks.Contains(type))
            {
                partners.Add(snapshot.EdgeTo(edge));
            }
            else if (type == RelType.HoldsPatent)
            {
                patents++;
            }
        }

        foreach (var edge in snapshot.InEdges(index))
        {
            if (GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(edge)))
            {
                partners.Add(snapshot.EdgeFrom(edge));
            }
        }

        return (partners.Count, patents);
    }
}
