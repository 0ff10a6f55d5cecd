using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChainGraph.Web.Security;

/// <summary>
/// Kestrel answers a request it cannot parse (400), whose request line is too long (414) or whose headers are too
/// large (431) by itself, before any middleware runs, with an empty body and none of the app's headers; the
/// maintainers say these replies cannot be customised (dotnet/aspnetcore#4726, KestrelHttpServer#2947). This
/// connection middleware watches the bytes Kestrel writes to the socket and, when a block is such a bare HTTP/1.x
/// error reply (a 4xx/5xx status line, <c>Content-Length: 0</c>, none of <see cref="SecurityHeaders"/>), writes
/// the same status with the security headers and a Chinese problem+json body instead. Everything else passes
/// through untouched; HTTPS and HTTP/2 bytes never match.
/// </summary>
public static class KestrelErrorReplies
{
    public static void Use(ListenOptions listen) => listen.Use(next => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new DuplexPipe(transport.Input, new RewritingWriter(transport.Output));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    });

    /// <summary>The reply that replaces a bare error, or null when <paramref name="block"/> is not one.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> block)
    {
        if (block.Length is < 20 or > 4096 || !(block.StartsWith("HTTP/1.1 "u8) || block.StartsWith("HTTP/1.0 "u8))
            || block[9] is not ((byte)'4' or (byte)'5') || !block.EndsWith("\r\n\r\n"u8)
            || block.IndexOf("\r\nContent-Length: 0\r\n"u8) < 0 || block.IndexOf("X-Content-Type-Options"u8) >= 0)
        {
            return null;
        }

        var statusLine = Encoding.ASCII.GetString(block[..block.IndexOf("\r\n"u8)]);
        var status = int.Parse(statusLine.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        var (title, detail) = Text(status);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var head = new StringBuilder(statusLine).Append("\r\n");
        foreach (var line in Encoding.ASCII.GetString(block).Split("\r\n").Skip(1).Where(l => l.StartsWith("Date:", StringComparison.Ordinal) || l.StartsWith("Connection:", StringComparison.Ordinal)))
        {
            head.Append(line).Append("\r\n");
        }

        head.Append("Content-Type: application/problem+json; charset=utf-8\r\n").Append("Content-Length: ").Append(body.Length).Append("\r\n").Append("Cache-Control: no-store\r\n");
        foreach (var (name, value) in SecurityHeaders.All)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return [.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. body];
    }

    private static (string Title, string Detail) Text(int status) => status switch
    {
        400 => ("请求格式错误", "服务器无法解析这个请求：请求行或请求头不符合 HTTP 规范。"),
        413 => ("请求内容过大", "请求内容超过服务器允许的大小。"),
        414 => ("网址过长", "请求的网址超过服务器允许的长度。"),
        431 => ("请求头过大", "请求头（通常是 Cookie）超过服务器允许的大小；请清除本站的 Cookie 后重试。"),
        _ => ("请求无法处理", "服务器无法处理这个请求。"),
    };

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }

    /// <summary>Passes writes through; checks each advanced block, which for Kestrel's own error replies is the whole reply.</summary>
    private sealed class RewritingWriter(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> _last;

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            if (bytes > 0 && bytes <= _last.Length && _last.Span[0] == (byte)'H' && Rewrite(_last.Span[..bytes]) is { } reply)
            {
                reply.CopyTo(inner.GetMemory(reply.Length));
                inner.Advance(reply.Length);
            }
            else
            {
                inner.Advance(bytes);
            }

            _last = default;
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
    }
}
