using ChainGraph.Core.Model;

namespace ChainGraph.Web.Targets;

/// <summary>Chinese words for relationship types in reasons, evidence and briefings.</summary>
public static class RelationLabels
{
    private static readonly Dictionary<string, string> s_labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [RelType.Supplies.Name()] = "供应", [RelType.Cooperates.Name()] = "合作", [RelType.Invests.Name()] = "投资",
        [RelType.Controls.Name()] = "控股", [RelType.Competes.Name()] = "竞争", [RelType.JointVenture.Name()] = "合资",
        [RelType.Acquires.Name()] = "收购", [RelType.InSegment.Name()] = "位于环节", [RelType.Anchors.Name()] = "链主",
        [RelType.InIndustry.Name()] = "所属行业", [RelType.ActiveIn.Name()] = "涉足行业", [RelType.Makes.Name()] = "生产",
        [RelType.UpstreamOf.Name()] = "上游于", [RelType.Contains.Name()] = "包含", [RelType.LocatedIn.Name()] = "位于",
        [RelType.Portfolio.Name()] = "投资组合", [RelType.Attends.Name()] = "参会", [RelType.Feeds.Name()] = "供给",
        [RelType.PartOf.Name()] = "隶属", [RelType.HoldsPatent.Name()] = "持有专利", [RelType.Mentions.Name()] = "提及",
    };

    public static string Of(string relation) => s_labels.GetValueOrDefault(relation, relation);
}
