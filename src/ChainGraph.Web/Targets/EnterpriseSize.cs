using System.Globalization;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Web.Targets;

/// <summary>
/// Size classes: registered capital (万元) when known — ≥ 50,000 large, ≥ 5,000 medium — else the number of
/// business relationships in the graph as a proxy — ≥ 30 large, ≥ 8 medium. A listed company is at least
/// medium: A-share listing rules alone put it past the small-enterprise thresholds. The basis is shown with the class.
/// </summary>
public static class EnterpriseSize
{
    public const double LargeCapital = 50_000;
    public const double MediumCapital = 5_000;
    public const int LargeLinks = 30;
    public const int MediumLinks = 8;

    public static (SizeClass Size, string Basis) Classify(GraphNode? node, GraphSnapshot snapshot)
    {
        if (node?.Property(EnterpriseProps.RegisteredCapital) is { } capitalText
            && double.TryParse(capitalText, NumberStyles.Float, CultureInfo.InvariantCulture, out var capital))
        {
            return (capital >= LargeCapital ? SizeClass.Large : capital >= MediumCapital ? SizeClass.Medium : SizeClass.Small, "注册资本");
        }

        if (node is null || snapshot.Find(node.Ref) is not { } index)
        {
            return (SizeClass.Small, "无数据");
        }

        var links = 0;
        foreach (var edge in snapshot.OutEdges(index))
        {
            links += GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(edge)) ? 1 : 0;
        }

        foreach (var edge in snapshot.InEdges(index))
        {
            links += GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(edge)) ? 1 : 0;
        }

        var size = links >= LargeLinks ? SizeClass.Large : links >= MediumLinks ? SizeClass.Medium : SizeClass.Small;
        if (size == SizeClass.Small && node.Tags.Contains(EnterpriseTags.Listed))
        {
            return (SizeClass.Medium, "上市企业（估计）");
        }

        return (size, "关联企业数（估计）");
    }
}
