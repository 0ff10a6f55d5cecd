using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Tests.Infrastructure;

namespace ChainGraph.Store.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> backend must honour: idempotent merge on natural keys,
/// atomic batches, rejected edges, deletes, read-all for the snapshot, search (Chinese prefix and
/// substring) and statistics. One sealed subclass per backend supplies the store.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>A new, initialized store (an empty one, or a shared one the token keeps this test apart in).</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            var mine = new List<NodeRef>();
            await foreach (var node in _store.ReadNodesAsync(CancellationToken.None))
            {
                if (Mine(node.Node.Ref))
                {
                    mine.Add(node.Node.Ref);
                }
            }

            await _store.DeleteNodesAsync(mine, CancellationToken.None);
            await _store.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task Upsert_NewNodesAndEdges_CountsEverythingAdded()
    {
        var a = Enterprise("a", "天津中车唐车轨道车辆有限公司");
        var b = Enterprise("b", "中国铁路通信信号股份有限公司");
        var result = await Store.UpsertAsync(Batch([a, b], Edge(RelType.Supplies, b, a, "信号系统", new DateOnly(2020, 5, 1))), default);

        Assert.Equal((2, 0, 0, 1, 0, 0), (result.NodesAdded, result.NodesUpdated, result.NodesUnchanged, result.EdgesAdded, result.EdgesUpdated, result.EdgesUnchanged));
        Assert.Empty(result.Rejected);
    }

    [StoreFact]
    public async Task Upsert_SameBatchTwice_SecondChangesNothing()
    {
        var a = Enterprise("a", "天津钢管制造有限公司", "上市").WithProperty("province", "天津市").WithAliases(["天管"]);
        var b = Enterprise("b", "一重集团", "央企");
        var batch = Batch([a, b], Edge(RelType.Supplies, a, b, "无缝钢管", new DateOnly(2019, 1, 1), 0.5), Edge(RelType.Cooperates, a, b));
        await Store.UpsertAsync(batch, default);

        var again = await Store.UpsertAsync(batch, default);

        Assert.Equal((0, 0, 2, 0, 0, 2), (again.NodesAdded, again.NodesUpdated, again.NodesUnchanged, again.EdgesAdded, again.EdgesUpdated, again.EdgesUnchanged));
    }

    [StoreFact]
    public async Task Upsert_ExistingNode_UnitesTagsAndAliasesAndOverlaysProperties()
    {
        var first = Enterprise("a", "平高电气", "上市").WithAliases(["平高"]).WithProperty("province", "河南省").WithProperty("city", "平顶山市");
        await Store.UpsertAsync(Batch([first]), default);
        var second = Enterprise("a", "平高电气", "央企").WithAliases(["河南平高电气股份有限公司"]).WithProperty("city", "平顶山");

        var result = await Store.UpsertAsync(Batch([second]), default);
        var stored = await Store.GetNodeAsync(first.Ref, default);

        Assert.Equal(1, result.NodesUpdated);
        Assert.NotNull(stored);
        Assert.Equal(["上市", "央企"], stored.Tags.Order(StringComparer.Ordinal));
        Assert.Equal(["平高", "河南平高电气股份有限公司"], stored.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("河南省", stored.Property("province"));
        Assert.Equal("平顶山", stored.Property("city"));
    }

    [StoreTheory]
    [InlineData("2020-01-01", "2018-06-30", "2018-06-30")]
    [InlineData("2018-06-30", "2020-01-01", "2018-06-30")]
    [InlineData(null, "2020-01-01", "2020-01-01")]
    [InlineData("2020-01-01", null, "2020-01-01")]
    public async Task Upsert_ExistingEdge_KeepsEarliestSince(string? storedSince, string? newSince, string expected)
    {
        var a = Enterprise("a", "爱思达航天科技");
        var b = Enterprise("b", "中国航天科技集团");
        await Store.UpsertAsync(Batch([a, b], Edge(RelType.Supplies, a, b, "复合材料", Date(storedSince))), default);

        await Store.UpsertAsync(Batch([], Edge(RelType.Supplies, a, b, "复合材料", Date(newSince)).WithProperty("合同", "2024-007")), default);
        var edge = Assert.Single(await Store.GetEdgesAsync(a.Ref, default));

        Assert.Equal(Date(expected), edge.Since);
        Assert.Equal("2024-007", edge.Properties["合同"]);
    }

    [StoreFact]
    public async Task Upsert_EdgeWithMissingEndpoint_IsRejectedWithReason()
    {
        var a = Enterprise("a", "执信医疗");
        var ghost = Enterprise("ghost", "不存在的公司");

        var result = await Store.UpsertAsync(Batch([a], Edge(RelType.Supplies, a, ghost, "质谱仪")), default);

        var rejected = Assert.Single(result.Rejected);
        Assert.Contains(ghost.Ref.ToString(), rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(0, result.EdgesAdded);
        Assert.Empty(await Store.GetEdgesAsync(a.Ref, default));
    }

    [StoreFact]
    public async Task Upsert_BatchWithInvalidRow_WritesNothing()
    {
        var a = Enterprise("a", "天津汽车模具");
        var b = Enterprise("b", "中汽中心");
        var invalid = Edge(RelType.Supplies, a, b) with { Qualifier = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertAsync(Batch([a, b], Edge(RelType.Cooperates, a, b), invalid), default));

        Assert.Null(await Store.GetNodeAsync(a.Ref, default));
        Assert.Null(await Store.GetNodeAsync(b.Ref, default));
    }

    [StoreFact]
    public async Task DeleteNodes_NodeWithEdges_RemovesNodeAndItsEdges()
    {
        var a = Enterprise("a", "天钢");
        var b = Enterprise("b", "天管");
        var c = Enterprise("c", "一重");
        await Store.UpsertAsync(Batch([a, b, c], Edge(RelType.Supplies, a, b), Edge(RelType.Supplies, b, c)), default);

        var removed = await Store.DeleteNodesAsync([a.Ref, Enterprise("none", "无").Ref], default);

        Assert.Equal(1, removed);
        Assert.Null(await Store.GetNodeAsync(a.Ref, default));
        var left = Assert.Single(await Store.GetEdgesAsync(b.Ref, default));
        Assert.Equal(c.Ref, left.To);
    }

    [StoreFact]
    public async Task DeleteEdges_ByNaturalKey_RemovesOnlyThatEdge()
    {
        var a = Enterprise("a", "国网");
        var b = Enterprise("b", "平高");
        await Store.UpsertAsync(Batch([a, b], Edge(RelType.Supplies, b, a, "开关设备"), Edge(RelType.Supplies, b, a, "变压器")), default);

        var removed = await Store.DeleteEdgesAsync([new EdgeKey(RelType.Supplies, b.Ref, a.Ref, "开关设备")], default);

        Assert.Equal(1, removed);
        Assert.Equal("变压器", Assert.Single(await Store.GetEdgesAsync(a.Ref, default)).Qualifier);
    }

    [StoreFact]
    public async Task ReadNodesAndEdges_AfterUpsert_EdgesReferToReadNodeIds()
    {
        var chain = Node(NodeKind.Chain, "rail", "轨道交通装备");
        var segment = Node(NodeKind.Segment, "signal", "信号系统");
        var firm = Enterprise("a", "中国通号");
        await Store.UpsertAsync(Batch([chain, segment, firm], Edge(RelType.PartOf, segment, chain), Edge(RelType.InSegment, firm, segment, weight: 0.75)), default);

        var nodes = new Dictionary<long, GraphNode>();
        await foreach (var node in Store.ReadNodesAsync(default))
        {
            nodes[node.Id] = node.Node;
        }

        var edges = new List<(RelType, NodeRef, NodeRef, double?)>();
        await foreach (var edge in Store.ReadEdgesAsync(default))
        {
            if (nodes.TryGetValue(edge.From, out var from) && Mine(from.Ref))
            {
                edges.Add((edge.Type, from.Ref, nodes[edge.To].Ref, edge.Weight));
            }
        }

        Assert.Equal(3, nodes.Values.Count(n => Mine(n.Ref)));
        Assert.Equal(
            [(RelType.PartOf, segment.Ref, chain.Ref, null), (RelType.InSegment, firm.Ref, segment.Ref, 0.75)],
            edges.OrderBy(e => e.Item1).ToArray());
    }

    [StoreFact]
    public async Task ReadAll_EveryFieldOfNodesAndEdges_SameAsLookUps()
    {
        var a = Enterprise("a", "天津钢管制造有限公司", "上市", "专精特新").WithAliases(["天管"]).WithProperty("fullName", "天津钢管制造集团股份有限公司").WithProperty("regionCode", "120110");
        var b = Enterprise("b", "一重集团") with { Provenance = new Provenance("ickg", null, FetchedAt.AddDays(1)) };
        var supplies0 = Edge(RelType.Supplies, a, b, "无缝钢管", new DateOnly(2024, 2, 29), 0.5);
        var supplies = supplies0 with { Properties = supplies0.Properties.SetItem(GraphEdge.UntilProperty, "2025-01-01").SetItem("basis", "年报") };
        var cooperates = new GraphEdge(RelType.Cooperates, b.Ref, a.Ref, new Provenance("ickg", "facts.txt:0", FetchedAt));
        var invests = new GraphEdge(RelType.Invests, b.Ref, a.Ref, new Provenance("ickg", "facts.txt:007", FetchedAt)) { Since = new DateOnly(1999, 12, 31) };
        await Store.UpsertAsync(Batch([a, b], supplies, cooperates, invests), default);

        var nodes = new Dictionary<long, GraphNode>();
        await foreach (var node in Store.ReadNodesAsync(default))
        {
            nodes[node.Id] = node.Node;
        }

        var scanned = new List<GraphEdge>();
        await foreach (var edge in Store.ReadEdgesAsync(default))
        {
            if (nodes.TryGetValue(edge.From, out var from) && Mine(from.Ref))
            {
                scanned.Add(new GraphEdge(edge.Type, from.Ref, nodes[edge.To].Ref, edge.Provenance)
                {
                    Qualifier = edge.Qualifier, Weight = edge.Weight, Since = edge.Since, Properties = PropertyJson.EmptyProperties.SetItems(edge.Properties),
                });
            }
        }

        foreach (var node in new[] { a, b })
        {
            var looked = (await Store.GetNodeAsync(node.Ref, default))!;
            var read = nodes.Values.Single(n => n.Ref == node.Ref);
            Assert.Equal((looked.Name, looked.Provenance), (read.Name, read.Provenance));
            Assert.Equal(looked.Tags.ToArray(), read.Tags.ToArray());
            Assert.Equal(looked.Aliases.ToArray(), read.Aliases.ToArray());
            Assert.Equal(looked.Properties, read.Properties);
        }

        var lookedUp = (await Store.GetEdgesAsync(a.Ref, default)).OrderBy(e => e.Type).ToList();
        Assert.Equal(3, scanned.Count);
        foreach (var (read, looked) in scanned.OrderBy(e => e.Type).Zip(lookedUp))
        {
            Assert.Equal((looked.Type, looked.From, looked.To, looked.Qualifier, looked.Weight, looked.Since, looked.Provenance), (read.Type, read.From, read.To, read.Qualifier, read.Weight, read.Since, read.Provenance));
            Assert.Equal(looked.Properties, read.Properties);
        }

        Assert.Equal(new DateOnly(2024, 2, 29), scanned.Single(e => e.Type == RelType.Supplies).Since);
        Assert.Equal("facts.txt:007", scanned.Single(e => e.Type == RelType.Invests).Provenance.Reference);
    }

    [StoreFact]
    public async Task GetNode_ChineseNamesPropertiesAndProvenance_RoundTrip()
    {
        var node = Enterprise("a", "天津七一二通信广播股份有限公司", "专精特新", "上市")
            .WithAliases(["七一二"]).WithProperty("fullName", "天津七一二通信广播股份有限公司").WithProperty("注册资本", "77200万元")
            with { Provenance = new Provenance("ckg", "company.jsonl:42", FetchedAt) };
        await Store.UpsertAsync(Batch([node]), default);

        var stored = await Store.GetNodeAsync(node.Ref, default);

        Assert.NotNull(stored);
        Assert.Equal(node.Name, stored.Name);
        Assert.Equal(node.Tags.Order(StringComparer.Ordinal), stored.Tags.Order(StringComparer.Ordinal));
        Assert.Equal(node.Aliases.ToArray(), stored.Aliases.ToArray());
        Assert.Equal(node.Properties, stored.Properties);
        Assert.Equal(node.Provenance, stored.Provenance);
    }

    [StoreFact]
    public async Task GetStats_AfterUpsert_CountsPerLabelAndType()
    {
        var before = await Store.GetStatsAsync(default);
        var a = Enterprise("a", "甲");
        var b = Enterprise("b", "乙");
        var product = Node(NodeKind.Product, "p", "质谱仪");
        await Store.UpsertAsync(Batch([a, b, product], Edge(RelType.Makes, a, product), Edge(RelType.Makes, b, product), Edge(RelType.Supplies, a, b)), default);

        var after = await Store.GetStatsAsync(default);

        Assert.Equal(2, after.NodeCount(NodeKind.Enterprise) - before.NodeCount(NodeKind.Enterprise));
        Assert.Equal(1, after.NodeCount(NodeKind.Product) - before.NodeCount(NodeKind.Product));
        Assert.Equal(2, after.RelationshipCount(RelType.Makes) - before.RelationshipCount(RelType.Makes));
        Assert.Equal(1, after.RelationshipCount(RelType.Supplies) - before.RelationshipCount(RelType.Supplies));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
