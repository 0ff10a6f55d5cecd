using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Tests.Recommending;

/// <summary>
/// A small hand-built chain graph: chain "x" with segments 材料 (materials) → 部件 (parts) → 整机 (assembly) → 运营
/// (operation); 材料 has the child 隔膜. Home is 天津市 (12); 深圳 (4403) and 台湾 (71) are elsewhere. The anchor
/// 整机厂 (Tianjin, pinned in 整机) makes 整机X and declares the keyword input 电芯 for it.
/// </summary>
internal sealed class TargetGraph
{
    public static readonly Provenance Test = new("test", null, DateTimeOffset.UnixEpoch);

    public static ChainTemplate Chain { get; } = new("x", "测试链", "", [
        new SegmentTemplate("materials", "材料", Stage.Upstream, null, ["parts"], [], ["材料"]),
        new SegmentTemplate("separator", "隔膜", Stage.Upstream, "materials", ["parts"], [], ["隔膜"]),
        new SegmentTemplate("parts", "部件", Stage.Midstream, null, ["assembly"], [], ["部件"]),
        new SegmentTemplate("assembly", "整机", Stage.Downstream, null, ["operation"], [], ["整机"]),
        new SegmentTemplate("operation", "运营", Stage.Downstream, null, [], [], ["运营"]),
    ]) { Sectors = ["630000"] };

    private readonly GraphSnapshotBuilder _builder = new();
    private readonly int _chain;

    public TargetGraph()
    {
        var tianjin = _builder.AddNode(Region("12", "天津市", 1));
        var tianjinCity = _builder.AddNode(Region("1201", "天津市", 2));
        _builder.AddEdge(RelType.PartOf, tianjinCity, tianjin, Test);
        _builder.AddNode(Region("44", "广东省", 1));
        _builder.AddNode(Region("4403", "深圳市", 2));
        _builder.AddNode(Region("71", "台湾省", 1));
        _builder.AddNode(new GraphNode(NodeKind.Industry, "630701", "锂电池", Test));
        _builder.AddNode(new GraphNode(NodeKind.Industry, "340702", "乳品", Test));
        _chain = _builder.AddNode(new GraphNode(NodeKind.Chain, Chain.Id, Chain.Name, Test));
        foreach (var segment in Chain.Segments)
        {
            _builder.AddNode(new GraphNode(NodeKind.Segment, Chain.SegmentKey(segment), segment.Name, Test));
        }

        foreach (var segment in Chain.Segments)
        {
            foreach (var fed in segment.Feeds)
            {
                _builder.AddEdge(RelType.Feeds, Segment(segment.Id), Segment(fed), Test);
            }
        }
    }

    public int Enterprise(string name, string? region, string? stockCode = null, string? fullName = null) =>
        _builder.AddNode(new GraphNode(NodeKind.Enterprise, stockCode ?? "name:" + name, name, Test)
            .WithProperty(EnterpriseProps.RegionCode, region)
            .WithProperty(EnterpriseProps.StockCode, stockCode)
            .WithProperty(EnterpriseProps.FullName, fullName));

    public TargetGraph Place(int enterprise, string segment, double weight, bool pinnedAnchor = false)
    {
        _builder.AddEdge(RelType.InSegment, enterprise, Segment(segment), Test, (float)weight,
            properties: pinnedAnchor ? new Dictionary<string, string> { ["override"] = "anchor" } : null);
        if (pinnedAnchor)
        {
            _builder.AddEdge(RelType.Anchors, enterprise, _chain, Test);
        }

        return this;
    }

    public TargetGraph Makes(int enterprise, string product, double share, string qualifier = "")
    {
        var node = _builder.Find(new NodeRef(NodeKind.Product, product)) ?? _builder.AddNode(new GraphNode(NodeKind.Product, product, product, Test));
        _builder.AddEdge(RelType.Makes, enterprise, node, Test, (float)share, qualifier: qualifier);
        return this;
    }

    public TargetGraph Industry(int enterprise, string code)
    {
        _builder.AddEdge(RelType.InIndustry, enterprise, _builder.Find(new NodeRef(NodeKind.Industry, code))!.Value, Test);
        return this;
    }

    /// <summary>A declared keyword input (anchors.yaml) of <paramref name="product"/>.</summary>
    public TargetGraph Input(string keyword, string product)
    {
        var input = _builder.Find(new NodeRef(NodeKind.Product, keyword)) ?? _builder.AddNode(new GraphNode(NodeKind.Product, keyword, keyword, Test));
        _builder.AddEdge(RelType.UpstreamOf, input, _builder.Find(new NodeRef(NodeKind.Product, product))!.Value, Test, qualifier: AnchorProduct.FactQualifier,
            properties: new Dictionary<string, string> { [AnchorProduct.MatchProperty] = AnchorProduct.KeywordMatch });
        return this;
    }

    public TargetGraph Link(RelType type, int from, int to)
    {
        _builder.AddEdge(type, from, to, Test);
        return this;
    }

    public GraphSnapshot Build() => _builder.Build();

    public static HomeRegion Home(GraphSnapshot snapshot) => HomeRegionResolver.Resolve(snapshot, "天津市", "city");

    private int Segment(string id) => _builder.Find(new NodeRef(NodeKind.Segment, $"{Chain.Id}/{id}"))!.Value;

    private static GraphNode Region(string code, string name, int level) =>
        new GraphNode(NodeKind.Region, code, name, Test).WithProperty("level", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
