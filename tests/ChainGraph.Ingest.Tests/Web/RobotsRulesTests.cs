using ChainGraph.Ingest.Web;

namespace ChainGraph.Ingest.Tests.Web;

/// <summary>RFC 9309 matching: our group or *, longest match wins, Allow wins a tie, * and $ in paths.</summary>
public sealed class RobotsRulesTests
{
    private const string Robots = """
        # a government portal's robots.txt
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/public-list
        Disallow: /search?

        User-agent: BadBot
        Disallow: /
        """;

    [Theory]
    [InlineData("ChainGraphBot/1.0", "/zjtx/index.html", true)]
    [InlineData("ChainGraphBot/1.0", "/private/list", false)]
    [InlineData("ChainGraphBot/1.0", "/private/public-list.html", true)]
    [InlineData("ChainGraphBot/1.0", "/files/notice.pdf", false)]
    [InlineData("ChainGraphBot/1.0", "/files/notice.pdf?x=1", true)]
    [InlineData("ChainGraphBot/1.0", "/search?q=专精特新", false)]
    [InlineData("BadBot/2.0", "/zjtx/index.html", false)]
    public void IsAllowed_Rules_FollowRfc9309(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, agent).IsAllowed(new Uri("https://gyxxh.tj.gov.cn" + path)));

    [Fact]
    public void DisallowAll_Unreachable_RefusesEverything() =>
        Assert.False(RobotsRules.DisallowAll.IsAllowed(new Uri("https://a.gov.cn/")));
}
