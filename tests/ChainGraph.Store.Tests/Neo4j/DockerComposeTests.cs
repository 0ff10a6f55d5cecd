using ChainGraph.Store.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>docker-compose.yml is valid YAML of the Compose shape and runs Neo4j 5 the way docs/neo4j.md says.</summary>
public sealed class DockerComposeTests
{
    private static readonly YamlMappingNode s_root = Load();

    private static YamlMappingNode Neo4j => (YamlMappingNode)((YamlMappingNode)s_root["services"])["neo4j"];

    [Fact]
    public void Neo4jService_Image_IsNeo4j5Community()
    {
        var image = Neo4j["image"].ToString();

        Assert.Matches(@"^neo4j:5(\.\d+)*(-community)?$", image);
    }

    [Theory]
    [InlineData("7474:7474")]
    [InlineData("7687:7687")]
    public void Neo4jService_Ports_PublishHttpAndBolt(string port)
    {
        var ports = ((YamlSequenceNode)Neo4j["ports"]).Children.Select(p => p.ToString());

        Assert.Contains(port, ports);
    }

    [Fact]
    public void Neo4jService_Auth_ComesFromEnvironmentVariablesWithARequiredPassword()
    {
        var auth = ((YamlMappingNode)Neo4j["environment"])["NEO4J_AUTH"].ToString();

        Assert.Matches(@"^\$\{NEO4J_USER:-neo4j\}/\$\{NEO4J_PASSWORD:\?[^}]+\}$", auth);
    }

    [Fact]
    public void Neo4jService_Data_LivesOnANamedVolume()
    {
        var mounts = ((YamlSequenceNode)Neo4j["volumes"]).Children.Select(v => v.ToString().Split(':')).ToArray();
        var data = Assert.Single(mounts, m => m[1] == "/data");
        var volumes = (YamlMappingNode)s_root["volumes"];

        Assert.Contains(new YamlScalarNode(data[0]), volumes.Children.Keys);
    }

    [Fact]
    public void Neo4jService_HealthCheck_RunsAQuery()
    {
        var health = (YamlMappingNode)Neo4j["healthcheck"];
        var test = ((YamlSequenceNode)health["test"]).Children.Select(c => c.ToString()).ToArray();

        Assert.Equal("CMD-SHELL", test[0]);
        Assert.Contains("cypher-shell", test[1], StringComparison.Ordinal);
        Assert.True(health.Children.ContainsKey(new YamlScalarNode("interval")));
    }

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(RepositoryRoot.File("docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }
}
