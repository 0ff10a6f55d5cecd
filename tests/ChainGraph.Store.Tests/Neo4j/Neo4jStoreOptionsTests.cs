using ChainGraph.Store.Neo4j;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>Bad settings fail at start with the setting's name and what is allowed.</summary>
public sealed class Neo4jStoreOptionsTests
{
    [Theory]
    [InlineData("Url", "localhost:7474", "ChainGraph:Neo4j:Url")]
    [InlineData("Url", "bolt://localhost:7687", "http:// or https://")]
    [InlineData("Database", "my_db!", "ChainGraph:Neo4j:Database")]
    [InlineData("Password", "", "ChainGraph:Neo4j:Password")]
    [InlineData("BatchSize", "0", "between 1 and 50000")]
    [InlineData("PageSize", "1000000", "ChainGraph:Neo4j:PageSize")]
    [InlineData("Timeout", "00:00:00", "ChainGraph:Neo4j:Timeout")]
    [InlineData("RequireTls", "true", "https://")]
    public void Validate_BadSetting_NamesItAndTheAllowedValues(string setting, string value, string expected)
    {
        var options = new Neo4jStoreOptions { Password = "pw", Url = "http://neo4j.example.org:7474" };
        switch (setting)
        {
            case "Url": options.Url = value; break;
            case "Database": options.Database = value; break;
            case "Password": options.Password = value; break;
            case "BatchSize": options.BatchSize = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "PageSize": options.PageSize = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Timeout": options.Timeout = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "RequireTls": options.RequireTls = bool.Parse(value); break;
        }

        var ex = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:7474", "neo4j", "pw")]
    [InlineData("https://graph.example.org:7473", "chaingraph", "pw")]
    [InlineData("http://127.0.0.1:7474", "neo4j", "")]
    public void Validate_GoodSettings_Pass(string url, string database, string password)
    {
        var options = new Neo4jStoreOptions { Url = url, Database = database, Password = password, User = password.Length == 0 ? "" : "neo4j", RequireTls = url.StartsWith("https", StringComparison.Ordinal) };

        options.Validate();
    }
}
