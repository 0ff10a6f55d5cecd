using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Tests.Chains;

/// <summary>
/// A small hand-computed graph: chain "t" with segments a, d (upstream) → b (midstream) → c (downstream);
/// a feeds b, b feeds c, d feeds c. Tianjin (12 / 1201 / 120110) is home; Shenzhen (4403) is elsewhere.
/// </summary>
internal static class ChainTestGraph
{
    public static readonly Provenance Test = new("test", null, DateTimeOffset.UnixEpoch);

    public static ChainTemplate Template { get; } = new("t", "测试链", "", [
        Segment("a", Stage.Upstream, null, ["b"]),
        Segment("d", Stage.Upstream, null, ["c"]),
        Segment("b", Stage.Midstream, null, ["c"]),
        Segment("c", Stage.Downstream, null, []),
    ]);

    public static SegmentTemplate Segment(string id, Stage stage, string? parent, IReadOnlyList<string> feeds) =>
        new(id, "环节" + id, stage, parent, feeds, [], ["kw" + id]);

    /// <summary>(name, region code, segment, weight, anchor) rows of the hand-computed example.</summary>
    public static GraphSnapshot Build(ChainTemplate template, IEnumerable<(string Name, string Region, string Segment, double Weight, bool Anchor)> placements)
    {
        var b = new GraphSnapshotBuilder();
        var tianjin = b.AddNode(Region("12", "天津市", 1));
        var city = b.AddNode(Region("1201", "天津市", 2));
        var dongli = b.AddNode(Region("120110", "东丽区", 3));
        b.AddNode(Region("44", "广东省", 1));
        var shenzhen = b.AddNode(Region("4403", "深圳市", 2));
        b.AddEdge(RelType.PartOf, city, tianjin, Test);
        b.AddEdge(RelType.PartOf, dongli, city, Test);
        b.AddEdge(RelType.PartOf, shenzhen, b.Find(new NodeRef(NodeKind.Region, "44"))!.Value, Test);
        var chain = b.AddNode(new GraphNode(NodeKind.Chain, template.Id, template.Name, Test));
        foreach (var segment in template.Segments)
        {
            b.AddEdge(RelType.PartOf, b.AddNode(new GraphNode(NodeKind.Segment, template.SegmentKey(segment), segment.Name, Test)), chain, Test);
        }

        foreach (var (name, region, segment, weight, anchor) in placements)
        {
            var e = b.AddNode(new GraphNode(NodeKind.Enterprise, "name:" + name, name, Test).WithProperty(EnterpriseProps.RegionCode, region));
            b.AddEdge(RelType.InSegment, e, b.Find(new NodeRef(NodeKind.Segment, $"{template.Id}/{segment}"))!.Value, Test, (float)weight);
            if (anchor)
            {
                b.AddEdge(RelType.Anchors, e, chain, Test);
            }
        }

        return b.Build();
    }

    private static GraphNode Region(string code, string name, int level) =>
        new GraphNode(NodeKind.Region, code, name, Test).WithProperty("level", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
