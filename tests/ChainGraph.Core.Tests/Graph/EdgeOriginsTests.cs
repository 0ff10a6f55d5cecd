using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Tests.Graph;

/// <summary>Relationship provenance kept as two ints per edge comes back exactly as it was given.</summary>
public sealed class EdgeOriginsTests
{
    private static readonly DateTimeOffset s_fetched = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("facts.txt:12345")]
    [InlineData("entity2id.txt id 0")]
    [InlineData("company_product.jsonl:007")]
    [InlineData("https://example.org/list?page=2")]
    [InlineData("chains.yaml")]
    [InlineData("x:12345678901")]
    [InlineData("")]
    [InlineData(null)]
    public void Get_AnyReference_RebuildsTheSameProvenance(string? reference)
    {
        var origins = new EdgeOrigins();
        var provenance = new Provenance("ickg25", reference, s_fetched);
        var (origin, number) = origins.Add(provenance);
        var back = origins.Get(origin, number);
        Assert.Equal(provenance, back);
        Assert.Equal(provenance.FetchedAt.Offset, back.FetchedAt.Offset);
    }

    [Fact]
    public void Add_ManyLinesOfOneFile_ShareOneOrigin()
    {
        var origins = new EdgeOrigins();
        for (var line = 1; line <= 1_000; line++)
        {
            origins.Add(new Provenance("ickg25", $"facts.txt:{line}", s_fetched));
        }

        Assert.Equal(1, origins.Count);
    }

    [Fact]
    public void EdgeProvenance_SnapshotAndItsPast_GiveEachEdgeItsOwn()
    {
        var builder = new GraphSnapshotBuilder();
        var a = builder.AddNode(new GraphNode(NodeKind.Enterprise, "a", "甲", new Provenance("t", null, s_fetched)));
        var b = builder.AddNode(new GraphNode(NodeKind.Enterprise, "b", "乙", new Provenance("t", null, s_fetched)));
        builder.AddEdge(RelType.Supplies, a, b, new Provenance("ickg25", "facts.txt:7", s_fetched), since: new DateOnly(2025, 1, 1));
        builder.AddEdge(RelType.Cooperates, a, b, new Provenance("ckg", "companies.jsonl:3", s_fetched), since: new DateOnly(2025, 6, 1), qualifier: "电池");
        var graph = builder.Build();
        var past = graph.AsOfDate(new DateOnly(2025, 3, 1));

        Assert.Equal(new Provenance("ickg25", "facts.txt:7", s_fetched), graph.EdgeProvenance(0));
        Assert.Equal(new Provenance("ckg", "companies.jsonl:3", s_fetched), graph.EdgeProvenance(1));
        Assert.Equal("电池", graph.EdgeQualifier(1));
        Assert.Equal(1, past.EdgeCount);
        Assert.Equal(new Provenance("ickg25", "facts.txt:7", s_fetched), past.EdgeProvenance(0));
        Assert.Equal([a], past.FindByName("甲"));
    }
}
