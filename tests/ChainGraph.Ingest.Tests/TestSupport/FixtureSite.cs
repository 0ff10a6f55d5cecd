using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) serving the fixture pages of
/// tests/ChainGraph.Ingest.Tests/Web/Fixtures plus a few behaviours: a slow page, a page that
/// fails once with 500, a redirect to another host name, ETag/Last-Modified with 304, and a
/// robots.txt that disallows /private/. Counts requests per path so tests can check politeness.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    public const string ETag = "\"zjtx-v1\"";
    public static readonly DateTimeOffset LastModified = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private int _flakyCalls;

    private FixtureSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string Host => BaseUrl.Host;

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Requests that carried If-None-Match or If-Modified-Since.</summary>
    public int ConditionalHits { get; private set; }

    public static async Task<FixtureSite> StartAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FixtureSite(app);
        site.Map(app);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            _hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next();
        });
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n", "text/plain"));
        app.MapGet("/list/{page}", (string page) => Fixture($"zjtx-{page}", "utf-8"));
        app.MapGet("/loop/{page}", (string page) => Fixture($"loop-{page}", "utf-8"));
        app.MapGet("/broken", () => Fixture("broken", "utf-8"));
        app.MapGet("/members", () => Fixture("members", "utf-8"));
        app.MapGet("/gbk", () => Results.Bytes(Encoding.GetEncoding(936).GetBytes(FixtureText("gbk")), "text/html; charset=gbk"));
        app.MapGet("/gbk-meta", () => Results.Bytes(Encoding.GetEncoding(936).GetBytes(FixtureText("gbk")), "text/html"));
        app.MapGet("/private/list", () => Fixture("zjtx-1", "utf-8"));
        app.MapGet("/slow", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            return Fixture("members", "utf-8");
        });
        app.MapGet("/flaky", () => Interlocked.Increment(ref _flakyCalls) == 1 ? Results.StatusCode(500) : Fixture("members", "utf-8"));
        app.MapGet("/away", () => Results.Redirect(BaseUrl.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "members"));
        app.MapGet("/conditional", (HttpContext context) =>
        {
            var headers = context.Request.Headers;
            if (headers.IfNoneMatch.Count > 0 || headers.IfModifiedSince.Count > 0)
            {
                ConditionalHits++;
            }

            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified.ToString("R");
            return headers.IfNoneMatch.ToString() == ETag ? Results.StatusCode(304) : Fixture("zjtx-3", "utf-8");
        });
    }

    private static IResult Fixture(string name, string charset) =>
        Results.Bytes(Encoding.UTF8.GetBytes(FixtureText(name)), $"text/html; charset={charset}");

    public static string FixtureText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Web", "Fixtures", name + ".html"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
