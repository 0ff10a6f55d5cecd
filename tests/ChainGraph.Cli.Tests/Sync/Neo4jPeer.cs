using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ChainGraph.Cli.Tests.Sync;

/// <summary>
/// A loopback HTTP peer that answers ChainGraph's statements in the shapes of Neo4j's HTTP API
/// (Query API: data.fields/values; transactional endpoint: results[].columns/data[].row) and
/// records the rows it was sent. It keeps only the sync watermark; it does not execute Cypher,
/// so it answers "added" for every merged row.
/// </summary>
internal sealed class Neo4jPeer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private string? _watermark;

    public Neo4jPeer()
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

    /// <summary>Rows of merge statements, per statement name prefix (merge-nodes / merge-edges), in arrival order.</summary>
    public ConcurrentQueue<(string Kind, JsonElement Row)> Rows { get; } = new();

    public void Clear() => Rows.Clear();

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
            // Stopped while waiting for a request.
        }
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

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement;
            var answer = context.Request.Url!.AbsolutePath.EndsWith("/tx/commit", StringComparison.Ordinal)
                ? Commit(body)
                : Query(body);
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private string Query(JsonElement body)
    {
        var statement = body.GetProperty("statement").GetString()!;
        var parameters = body.TryGetProperty("parameters", out var p) ? p : default;
        if (statement.StartsWith("MATCH (s:ChainGraphSync", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(new { data = new { fields = new[] { "syncedUpTo" }, values = _watermark is null ? [] : new[] { new[] { _watermark } } } });
        }

        if (statement.StartsWith("MERGE (s:ChainGraphSync", StringComparison.Ordinal))
        {
            _watermark = parameters.GetProperty("syncedUpTo").GetString();
        }

        return """{"data":{"fields":[],"values":[]}}""";
    }

    private string Commit(JsonElement body)
    {
        var results = new List<object>();
        foreach (var statement in body.GetProperty("statements").EnumerateArray())
        {
            var text = statement.GetProperty("statement").GetString()!;
            var rows = statement.GetProperty("parameters").GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToArray();
            var isNodes = text.Contains("OPTIONAL MATCH (old:", StringComparison.Ordinal);
            foreach (var row in rows)
            {
                Rows.Enqueue((isNodes ? "node" : "edge", row));
            }

            results.Add(isNodes
                ? new { columns = new[] { "status", "rows" }, data = new[] { new { row = new object[] { "added", rows.Length } } } }
                : new { columns = new[] { "index", "status" }, data = rows.Select(r => new { row = new object[] { r.GetProperty("index").GetInt32(), "added" } }).ToArray() });
        }

        return JsonSerializer.Serialize(new { results, errors = Array.Empty<object>() });
    }
}
