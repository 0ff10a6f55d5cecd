namespace ChainGraph.Web.Tests.Infrastructure;

/// <summary>All web tests share one app (the demo import runs once per test run).</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
