using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ChainGraph.Tests.Shared;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) for tests that talk to a peer over HTTP; a subclass
/// answers each request. Compiled into the test projects that need it (linked from tests/Shared).
/// </summary>
internal abstract class LoopbackHttpListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    protected LoopbackHttpListener()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // The listener was stopped while waiting for the next request.
        }
    }

    /// <summary>Answers one request (the body is still unread).</summary>
    protected abstract Task HandleAsync(HttpListenerContext context);

    protected static async Task<JsonElement> ReadJsonAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        return JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
    }

    protected static async Task WriteJsonAsync(HttpListenerContext context, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await HandleAsync(context);
        }
    }
}
