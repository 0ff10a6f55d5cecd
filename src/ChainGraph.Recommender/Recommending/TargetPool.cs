using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Who can be a 招商 target: a non-local enterprise with at least one relationship in the graph, that
/// is not a duplicate node (<see cref="EnterpriseProps.SameAs"/>: the company it is stands for it) and
/// not a university or school, which ICKG lists among its companies (清华大学, 中国科学院) but no
/// investment-promotion team can attract.
/// </summary>
public static class TargetPool
{
    private static readonly string[] s_institutionEndings = ["大学", "学院", "学校"];

    public static bool Eligible(GraphNode enterprise, int relationships, HomeRegion home) =>
        relationships > 0
        && !home.Contains(enterprise.Property(EnterpriseProps.RegionCode))
        && enterprise.Property(EnterpriseProps.SameAs) is null
        && !IsInstitution(enterprise);

    public static bool IsInstitution(GraphNode enterprise) =>
        s_institutionEndings.Any(e => enterprise.Name.EndsWith(e, StringComparison.Ordinal))
        && enterprise.Property(EnterpriseProps.FullName)?.EndsWith("公司", StringComparison.Ordinal) != true;
}
