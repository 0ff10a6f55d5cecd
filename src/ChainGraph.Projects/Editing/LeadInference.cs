using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;
using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Editing;

/// <summary>What a one-click lead can be told from the graph: its categories and what it does for the chain (both editable afterwards).</summary>
internal static class LeadInference
{
    private static readonly string[] s_beijingHebei = ["北京市", "河北省"];

    /// <summary>京冀 from the investor's province; 央企 and 500强 from its tags; 科技型 from 专精特新 or 高新技术.</summary>
    public static IReadOnlyList<ProjectCategory> Categories(GraphNode enterprise)
    {
        var categories = new SortedSet<ProjectCategory>();
        if (s_beijingHebei.Contains(enterprise.Property(EnterpriseProps.Province)))
        {
            categories.Add(ProjectCategory.BeijingHebei);
        }

        if (enterprise.Tags.Contains(EnterpriseTags.CentralSoe))
        {
            categories.Add(ProjectCategory.CentralSoe);
        }

        if (enterprise.Tags.Contains(EnterpriseTags.Fortune500))
        {
            categories.Add(ProjectCategory.Fortune500);
        }

        if (enterprise.Tags.Contains(EnterpriseTags.Specialized) || enterprise.Tags.Contains(EnterpriseTags.HighTech))
        {
            categories.Add(ProjectCategory.Tech);
        }

        return categories.ToArray();
    }

    /// <summary>An anchor's suppliers or customers 延链; a missing or weak segment 补链; a strong one 强链; otherwise unknown.</summary>
    public static async Task<ChainRole?> RoleAsync(Project project, IChainMapService chains, CancellationToken cancellationToken)
    {
        if (project.Anchor is not null)
        {
            return ChainRole.Extend;
        }

        if (project.Chain is null || project.Segment is null)
        {
            return null;
        }

        ChainMap map;
        try
        {
            map = await chains.GetMapAsync(project.Chain, null, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The store has no map of the chain yet (chains not ingested): the role stays open for the user to set.
            return null;
        }

        return map.FindSegment(project.Segment)?.Status switch
        {
            SegmentStatus.Strong => ChainRole.Strengthen,
            null => null,
            _ => ChainRole.Fill,
        };
    }
}
