using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Ingest.Tests.Web;

/// <summary>HTML sources end to end over real HTTP: a Kestrel fixture site on 127.0.0.1, the job runner, a real SQLite store.</summary>
public sealed class WebSourceTests : IAsyncLifetime
{
    private FixtureSite _site = null!;
    private JobsHarness _jobs = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.StartAsync();
        _jobs = await JobsHarness.CreateAsync(requestTimeout: TimeSpan.FromSeconds(1));
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        await _site.DisposeAsync();
    }

    private string TableSource(string path, string extra = "") => $"""
        kind: html-table
        location: {_site.Url(path)}
        allowedHosts: [{_site.Host}]
        rows: "table.list tbody tr"
        fields:
          name: 企业名称
          creditCode: 统一社会信用代码
          county: 所在区
        tags: [专精特新]
        pagination:
          next: "a.next"
          maxPages: 10
        {extra}
        """;

    [Fact]
    public async Task RunAsync_PagedTable_StoresEveryPageAndRejectsTheEmptyRow()
    {
        _jobs.AddSource("zjtx", TableSource("list/1"));

        var outcome = await _jobs.Runner.RunAsync("zjtx", CancellationToken.None);

        Assert.Equal(JobStatus.Partial, outcome.Status);
        Assert.Equal(9, outcome.Counts.Added);
        Assert.Equal(1, outcome.Counts.Rejected);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Contains(_site.Url("list/2").AbsoluteUri, rejection);
        Assert.Contains("name", rejection);
        var node = await _jobs.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "91120110MA06B7QR3C"), CancellationToken.None);
        Assert.NotNull(node);
        Assert.Equal("天津爱思达航天科技有限公司", node.Name);
        Assert.Contains("专精特新", node.Tags);
        Assert.Equal("东丽区", node.Property(EnterpriseProps.County));
        Assert.Equal(1, _site.Hits("/list/3"));
    }

    [Fact]
    public async Task RunAsync_SecondRun_AddsAndUpdatesNothing()
    {
        _jobs.AddSource("zjtx", TableSource("list/1"));
        await _jobs.Runner.RunAsync("zjtx", CancellationToken.None);

        var second = await _jobs.Runner.RunAsync("zjtx", CancellationToken.None);

        Assert.Equal(0, second.Counts.Added);
        Assert.Equal(0, second.Counts.Updated);
    }

    [Fact]
    public async Task RunAsync_GbkPage_YieldsCorrectChineseNames()
    {
        _jobs.AddSource("gbk", $"""
            kind: html-table
            location: {_site.Url("gbk")}
            allowedHosts: [{_site.Host}]
            fields:
              name: 企业名称
              county: 所在区
            """);
        _jobs.AddSource("gbkmeta", $"""
            kind: html-table
            location: {_site.Url("gbk-meta")}
            allowedHosts: [{_site.Host}]
            fields:
              name: 企业名称
            """);

        var fromHeader = await _jobs.Runner.RunAsync("gbk", CancellationToken.None);
        var names = await NamesAsync();

        Assert.Equal(3, fromHeader.Counts.Added);
        Assert.Contains("天津钢管制造有限公司", names);
        Assert.Contains("天津市宝坻区鑫垚钢铁贸易有限公司", names);
        Assert.Contains("天津瑞普生物技术股份有限公司", names);
        var fromMeta = await _jobs.Runner.RunAsync("gbkmeta", CancellationToken.None);
        Assert.Equal(0, fromMeta.Counts.Added);
    }

    [Fact]
    public async Task RunAsync_BrokenHtml_RepairsRowsLikeABrowser()
    {
        _jobs.AddSource("broken", $"""
            kind: html-table
            location: {_site.Url("broken")}
            allowedHosts: [{_site.Host}]
            rows: "table.list tr"
            fields:
              name: 企业名称
              county: 所在区
            """);

        var outcome = await _jobs.Runner.RunAsync("broken", CancellationToken.None);

        Assert.Equal(3, outcome.Counts.Added);
        Assert.Contains("天津金桥焊材集团股份有限公司", await NamesAsync());
    }

    [Fact]
    public async Task RunAsync_HtmlList_ReadsEntriesBySelector()
    {
        _jobs.AddSource("members", $"""
            kind: html-list
            location: {_site.Url("members")}
            allowedHosts: [{_site.Host}]
            rows: "ul.members li"
            fields:
              name: span.name
              county: span.district
            """);

        var outcome = await _jobs.Runner.RunAsync("members", CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, outcome.Status);
        Assert.Equal(3, outcome.Counts.Added);
        Assert.DoesNotContain("联系我们", await NamesAsync());
    }

    [Fact]
    public async Task RunAsync_PaginationLoop_StopsAtTheFirstRepeatedPage()
    {
        _jobs.AddSource("loop", $"""
            kind: html-table
            location: {_site.Url("loop/1")}
            allowedHosts: [{_site.Host}]
            fields:
              name: 企业名称
            pagination:
              next: a.next
              maxPages: 50
            """);

        var outcome = await _jobs.Runner.RunAsync("loop", CancellationToken.None);

        Assert.Equal(2, outcome.Counts.Added);
        Assert.Equal(1, _site.Hits("/loop/1"));
        Assert.Equal(1, _site.Hits("/loop/2"));
    }

    [Fact]
    public async Task RunAsync_PageCap_StopsAndSaysSo()
    {
        _jobs.AddSource("capped", TableSource("list/1").Replace("maxPages: 10", "maxPages: 2", StringComparison.Ordinal));

        var outcome = await _jobs.Runner.RunAsync("capped", CancellationToken.None);

        Assert.Equal(0, _site.Hits("/list/3"));
        Assert.Contains(outcome.Rejections, r => r.Contains("maxPages is 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("slow", "RequestTimeout")]
    [InlineData("private/list", "robots.txt")]
    [InlineData("away", "not on the source's allowedHosts")]
    public async Task RunAsync_ImpolitePage_IsNotLoadedAndTheReasonIsRecorded(string path, string reason)
    {
        _jobs.AddSource("page", TableSource(path));

        var outcome = await _jobs.Runner.RunAsync("page", CancellationToken.None);

        Assert.Equal(0, outcome.Counts.Added);
        Assert.Contains(outcome.Rejections, r => r.Contains(reason, StringComparison.Ordinal));
        var history = await _jobs.Services.GetRequiredService<RunHistoryStore>().HistoryAsync("page", 1, CancellationToken.None);
        Assert.Contains(reason, Assert.Single(history).Message);
    }

    [Fact]
    public async Task RunAsync_RedirectToOtherHost_NeverContactsIt()
    {
        _jobs.AddSource("away", TableSource("away"));

        await _jobs.Runner.RunAsync("away", CancellationToken.None);

        // localhost is the same server under another name: had the redirect been followed, /members would have been hit.
        Assert.Equal(0, _site.Hits("/members"));
    }

    [Fact]
    public async Task RunAsync_ServerErrorOnce_RetriesAndSucceeds()
    {
        _jobs.AddSource("flaky", $"""
            kind: html-list
            location: {_site.Url("flaky")}
            allowedHosts: [{_site.Host}]
            rows: "ul.members li"
            fields:
              name: span.name
            """);

        var outcome = await _jobs.Runner.RunAsync("flaky", CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, outcome.Status);
        Assert.Equal(3, outcome.Counts.Added);
        Assert.Equal(2, _site.Hits("/flaky"));
    }

    [Fact]
    public async Task RunAsync_UnchangedPage_Answers304AndCostsNothing()
    {
        _jobs.AddSource("conditional", TableSource("conditional"));
        var first = await _jobs.Runner.RunAsync("conditional", CancellationToken.None);

        var second = await _jobs.Runner.RunAsync("conditional", CancellationToken.None);

        Assert.Equal(3, first.Counts.Added);
        Assert.Equal(1, _site.ConditionalHits);
        Assert.Equal(JobStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.Added + second.Counts.Updated + second.Counts.Rejected);
        Assert.Contains("0 rows read", second.Message);
    }

    [Fact]
    public async Task RunAsync_PageOverSizeLimit_IsRefusedNotTruncated()
    {
        await using var small = await JobsHarness.CreateAsync(settings: new Dictionary<string, string?> { ["ChainGraph:Web:MaxHtmlBytes"] = "1024" });
        small.AddSource("zjtx", TableSource("list/1"));

        var outcome = await small.Runner.RunAsync("zjtx", CancellationToken.None);

        Assert.Equal(0, outcome.Counts.Added);
        Assert.Contains(outcome.Rejections, r => r.Contains("larger than 1,024 bytes", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> NamesAsync()
    {
        var names = new List<string>();
        await foreach (var node in _jobs.Store.ReadNodesAsync(CancellationToken.None))
        {
            names.Add(node.Node.Name);
        }

        return names;
    }
}
