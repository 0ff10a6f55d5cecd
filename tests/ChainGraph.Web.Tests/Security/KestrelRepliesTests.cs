using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failure 9: the replies Kestrel makes itself, before the app runs (a malformed request, a request
/// line too long, headers too large), carry the security headers and a Chinese problem body. Sent over a raw socket.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class KestrelRepliesTests(WebAppFixture app)
{
    [Theory]
    [InlineData("414", "网址过长")]
    [InlineData("431", "请求头过大")]
    [InlineData("400", "请求格式错误")]
    public async Task KestrelError_RawRequest_AnsweredAsProblemWithSecurityHeaders(string status, string title)
    {
        var request = status switch
        {
            "414" => $"GET /{new string('a', 10_000)} HTTP/1.1\r\nHost: x\r\n\r\n",
            "431" => $"GET / HTTP/1.1\r\nHost: x\r\nX-Big: {new string('b', 40_000)}\r\n\r\n",
            _ => "GET / HTTP/1.1\r\nHo st: x\r\n\r\n",
        };

        var reply = await SendRawAsync(request);

        Assert.StartsWith($"HTTP/1.1 {status} ", reply, StringComparison.Ordinal);
        var (head, body) = (reply[..reply.IndexOf("\r\n\r\n", StringComparison.Ordinal)], reply[(reply.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        Assert.Contains("X-Content-Type-Options: nosniff", head, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy: default-src 'self'", head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), title), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task OrdinaryRequest_AfterTheRewriter_Untouched()
    {
        var reply = await SendRawAsync("GET /api/account/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK", reply, StringComparison.Ordinal);
        Assert.Contains("\"signedIn\":false", reply, StringComparison.Ordinal);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            reader.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(reader.ToArray());
    }
}
