using ChainGraph.Core.Model;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Neo4j.Cypher;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>graph-schema/neo4j covers the graph model and is safe to apply repeatedly.</summary>
public sealed class Neo4jSchemaTests
{
    public static TheoryData<NodeKind> Kinds => [.. Enum.GetValues<NodeKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_EveryLabel_HasAUniqueKeyConstraint(NodeKind kind)
    {
        var expected = $"FOR (n:{kind.Label()}) REQUIRE n.key IS UNIQUE";

        Assert.Contains(Neo4jSchema.Statements, s => s.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_EveryStatement_IsIdempotent()
    {
        Assert.NotEmpty(Neo4jSchema.Statements);
        Assert.All(Neo4jSchema.Statements, s => Assert.Contains("IF NOT EXISTS", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_CommentsAndSemicolons_GivesOneStatementEach()
    {
        var statements = Neo4jSchema.Split("x.cypher", "// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS FOR (n:Node) ON (n.a);\n\n// next\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:Node) ON (n.b);\n");

        Assert.Equal(["x.cypher#1", "x.cypher#2"], statements.Select(s => s.Name));
        Assert.Equal("CREATE INDEX b IF NOT EXISTS\n  FOR (n:Node) ON (n.b)", statements[1].Text);
    }

    [Fact]
    public void Statements_All_CoverEveryLabelAndTypeWithUniqueNames()
    {
        var names = CypherStatements.All.Select(s => s.Name).ToArray();

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(Enum.GetValues<NodeKind>(), k => Assert.Contains($"(n:{k.Label()} {{key: row.key}})", CypherStatements.MergeNodes(k).Text, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<RelType>(), t => Assert.Contains($"[r:{t.Name()} {{qualifier: row.qualifier}}]", CypherStatements.MergeEdges(t).Text, StringComparison.Ordinal));
    }
}
