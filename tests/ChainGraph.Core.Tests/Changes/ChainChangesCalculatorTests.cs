using ChainGraph.Core.Changes;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Tests.Chains;

namespace ChainGraph.Core.Tests.Changes;

public sealed class ChainChangesCalculatorTests
{
    private static readonly DateOnly s_from = new(2025, 6, 21);
    private static readonly DateOnly s_to = new(2025, 7, 21);

    /// <summary>
    /// Chain t (a, d → b → c; d feeds c). Tianjin: L1 in b (1.0, undated), L2 in c (0.5, placed 07-01).
    /// Shenzhen: N1 in a (1.0), N3 in c (0.5), N2 in a (0.5, placed 07-10); X and Y outside the chain.
    /// Links: L1→N1 supplies 07-05 (new, both in the chain); X→N2 invests 07-15 (new); N1→L1 competes 05-01
    /// until 07-12 (ended); N1→X cooperates 06-01 (before); X→Y supplies 07-10 (outside); L1→N2 cooperates 08-01 (after).
    /// </summary>
    private static ChainChanges Compute()
    {
        var b = new GraphSnapshotBuilder();
        var tianjin = b.AddNode(Region("12", "天津市", 1));
        b.AddEdge(RelType.PartOf, b.AddNode(Region("1201", "天津市", 2)), tianjin, ChainTestGraph.Test);
        var guangdong = b.AddNode(Region("44", "广东省", 1));
        b.AddEdge(RelType.PartOf, b.AddNode(Region("4403", "深圳市", 2)), guangdong, ChainTestGraph.Test);
        var template = ChainTestGraph.Template;
        var chain = b.AddNode(new GraphNode(NodeKind.Chain, template.Id, template.Name, ChainTestGraph.Test));
        foreach (var segment in template.Segments)
        {
            b.AddEdge(RelType.PartOf, b.AddNode(new GraphNode(NodeKind.Segment, template.SegmentKey(segment), segment.Name, ChainTestGraph.Test)), chain, ChainTestGraph.Test);
        }

        int Enterprise(string name, string region) =>
            b.AddNode(new GraphNode(NodeKind.Enterprise, "name:" + name, name, ChainTestGraph.Test).WithProperty(EnterpriseProps.RegionCode, region));
        void Place(int e, string segment, double weight, DateOnly? since = null) =>
            b.AddEdge(RelType.InSegment, e, b.Find(new NodeRef(NodeKind.Segment, "t/" + segment))!.Value, ChainTestGraph.Test, (float)weight, since);
        void Link(RelType type, int from, int to, DateOnly since, IReadOnlyDictionary<string, string>? properties = null) =>
            b.AddEdge(type, from, to, new Provenance("ickg25", "facts.txt:" + since.DayOfYear, DateTimeOffset.UnixEpoch), since: since, properties: properties);

        var (l1, l2, n1, n2, n3, x, y) = (Enterprise("L1", "1201"), Enterprise("L2", "1201"), Enterprise("N1", "4403"), Enterprise("N2", "4403"), Enterprise("N3", "4403"), Enterprise("X", "4403"), Enterprise("Y", "4403"));
        Place(l1, "b", 1.0);
        Place(l2, "c", 0.5, new DateOnly(2025, 7, 1));
        Place(n1, "a", 1.0);
        Place(n3, "c", 0.5);
        Place(n2, "a", 0.5, new DateOnly(2025, 7, 10));
        Link(RelType.Supplies, l1, n1, new DateOnly(2025, 7, 5));
        Link(RelType.Invests, x, n2, new DateOnly(2025, 7, 15));
        Link(RelType.Competes, n1, l1, new DateOnly(2025, 5, 1), new Dictionary<string, string> { [GraphEdge.UntilProperty] = "2025-07-12" });
        Link(RelType.Cooperates, n1, x, new DateOnly(2025, 6, 1));
        Link(RelType.Supplies, x, y, new DateOnly(2025, 7, 10));
        Link(RelType.Cooperates, l1, n2, new DateOnly(2025, 8, 1));
        var snapshot = b.Build();
        var home = HomeRegionResolver.Resolve(snapshot, "天津市", "city");
        return ChainChangesCalculator.Compute(snapshot.AsOfDate(s_from), snapshot.AsOfDate(s_to), template, home, new ChainMapOptions(), s_from, s_to);
    }

    private static GraphNode Region(string code, string name, int level) =>
        new GraphNode(NodeKind.Region, code, name, ChainTestGraph.Test).WithProperty("level", level.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Compute_Window_ListsNewAndEndedRelationshipsTouchingTheChain()
    {
        var c = Compute();

        Assert.Equal(
            [
                (ChangeKind.Added, RelType.Invests, "X", "N2", new DateOnly(2025, 7, 15), false),
                (ChangeKind.Ended, RelType.Competes, "N1", "L1", new DateOnly(2025, 7, 12), true),
                (ChangeKind.Added, RelType.Supplies, "L1", "N1", new DateOnly(2025, 7, 5), true),
            ],
            c.Relationships.Select(r => (r.Kind, r.Type, r.From.Name, r.To.Name, r.Evidence.Date, r.BothInChain)));
        var supplies = c.Relationships[2];
        Assert.True(supplies.From.IsLocal);
        Assert.Equal(["环节b"], supplies.From.Segments);
        Assert.Equal(("ickg25", "facts.txt:186"), (supplies.Evidence.Source.Source, supplies.Evidence.Source.Reference));
        Assert.False(c.Relationships[0].From.InChain);
    }

    [Fact]
    public void Compute_Window_ListsPlacementsDatedByTheirFacts()
    {
        Assert.Equal(
            [("N2", "a", new DateOnly(2025, 7, 10), false), ("L2", "c", new DateOnly(2025, 7, 1), true)],
            Compute().Placements.Select(p => (p.Enterprise.Name, p.SegmentId, p.Evidence.Date, p.Enterprise.IsLocal)));
    }

    [Fact]
    public void Compute_Window_ListsStatusChangesOfTheTwoChainMapsInTemplateOrder()
    {
        // Status rules of docs/chains.md: nobody local is 缺失 (urgent when local firms depend on it), 较强 needs more than one
        // local firm or a minimum weight. Before: c and d have no local firm → missing. After: L2 (weight 0.5, alone) in c,
        // LQ = (0.5/1.0)/(1.5/3.5) = 1.1667 → weak; d still has nobody local → missing (now urgent: it feeds L2), no change.
        Assert.Equal(
            [("c", SegmentStatus.Missing, SegmentStatus.Weak, 0, 1, (double?)1.1667)],
            Compute().Statuses.Select(s => (s.SegmentId, s.Before, s.After, s.LocalBefore, s.LocalAfter, s.LqAfter)));
    }

    [Fact]
    public void LatestDate_GraphWithDatesAndEnds_IsTheLatestOfEither()
    {
        var b = new GraphSnapshotBuilder();
        var (p, q) = (b.AddNode(new GraphNode(NodeKind.Enterprise, "p", "P", ChainTestGraph.Test)), b.AddNode(new GraphNode(NodeKind.Enterprise, "q", "Q", ChainTestGraph.Test)));
        b.AddEdge(RelType.Supplies, p, q, ChainTestGraph.Test, since: new DateOnly(2025, 3, 1), properties: new Dictionary<string, string> { [GraphEdge.UntilProperty] = "2025-04-02" });
        b.AddEdge(RelType.Cooperates, p, q, ChainTestGraph.Test, since: new DateOnly(2025, 4, 1));

        Assert.Equal(new DateOnly(2025, 4, 2), ChainChangesCalculator.LatestDate(b.Build()));
    }
}
