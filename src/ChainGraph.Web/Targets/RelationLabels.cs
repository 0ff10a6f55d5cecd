using ChainGraph.Core.Model;

namespace ChainGraph.Web.Targets;

/// <summary>
/// Chinese words for relationship types in pages, reasons, evidence and briefings: every <see cref="RelType"/> has one
/// (a test checks), so no relation code (BASED_ON_PATENT) ever reaches a page. <see cref="Of(RelType, bool)"/> reads the
/// relation from one end: 供货给 seen from the supplier, 由其供货 seen from the customer.
/// </summary>
public static class RelationLabels
{
    private static readonly Dictionary<RelType, (string Out, string In)> s_labels = new()
    {
        [RelType.PartOf] = ("隶属", "包含"),
        [RelType.Feeds] = ("供给", "由其供给"),
        [RelType.InSegment] = ("位于环节", "环节内企业"),
        [RelType.Anchors] = ("链主", "链主企业"),
        [RelType.Supplies] = ("供货给", "由其供货"),
        [RelType.Cooperates] = ("合作", "合作"),
        [RelType.Invests] = ("投资", "被其投资"),
        [RelType.Controls] = ("控股", "被其控股"),
        [RelType.Competes] = ("竞争", "竞争"),
        [RelType.JointVenture] = ("合资", "合资"),
        [RelType.Acquires] = ("收购", "被其收购"),
        [RelType.InIndustry] = ("所属行业", "行业内企业"),
        [RelType.ActiveIn] = ("涉足行业", "涉足该行业的企业"),
        [RelType.Makes] = ("生产", "生产商"),
        [RelType.UpstreamOf] = ("是其上游", "是其下游"),
        [RelType.Contains] = ("包含", "属于"),
        [RelType.LocatedIn] = ("位于", "所在企业"),
        [RelType.Portfolio] = ("投资组合", "所投基金"),
        [RelType.Attends] = ("参会", "参会企业"),
        [RelType.HoldsPatent] = ("持有专利", "专利权人"),
        [RelType.BasedOnPatent] = ("基于专利", "被其采用"),
        [RelType.Mentions] = ("提及", "被提及于"),
    };

    /// <summary>Every relationship type that has a label (all of them; see the test).</summary>
    public static IReadOnlyCollection<RelType> Labelled => s_labels.Keys;

    /// <summary>The relation read from its source end (供货给); a name the graph does not know reads as 关联.</summary>
    public static string Of(string relation) => GraphNames.TryParseRelType(relation, out var type) ? Of(type, outgoing: true) : "关联";

    /// <summary>A fact as a sentence: 「宁德时代 供货给 理想汽车」, 「碳酸锂 是 正极材料 的上游」.</summary>
    public static string Sentence(string relation, string from, string to) => GraphNames.TryParseRelType(relation, out var type) ? type switch
    {
        RelType.UpstreamOf => $"{from} 是 {to} 的上游",
        RelType.Feeds => $"{from} 供给 {to}",
        RelType.InSegment => $"{from} 位于「{to}」环节",
        RelType.Anchors => $"{from} 是「{to}」的链主",
        RelType.InIndustry or RelType.ActiveIn => $"{from} {Of(type, outgoing: true)}「{to}」",
        RelType.Cooperates or RelType.Competes or RelType.JointVenture => $"{from} 与 {to} {Of(type, outgoing: true)}",
        _ => $"{from} {Of(type, outgoing: true)} {to}",
    } : $"{from} 关联 {to}";

    /// <summary>The relation read from one end: <paramref name="outgoing"/> from the source (供货给), else from the target (由其供货).</summary>
    public static string Of(RelType type, bool outgoing) => s_labels.TryGetValue(type, out var label) ? (outgoing ? label.Out : label.In) : "关联";
}
