using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ChainGraph.Tests.Shared;

namespace ChainGraph.Cli.Tests.Sync;

/// <summary>
/// A loopback HTTP peer that answers ChainGraph's statements in the shapes of Neo4j's HTTP API
/// (Query API: data.fields/values; transactional endpoint: results[].columns/data[].row) and
/// records the rows it was sent. It keeps only the sync watermark; it does not execute Cypher,
/// so it answers "added" for every merged row.
/// </summary>
internal sealed class Neo4jPeer : LoopbackHttpListener
{
    private string? _watermark;

    /// <summary>Rows of merge statements, per statement name prefix (merge-nodes / merge-edges), in arrival order.</summary>
    public ConcurrentQueue<(string Kind, JsonElement Row)> Rows { get; } = new();

    public void Clear() => Rows.Clear();

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        var body = await ReadJsonAsync(context);
        var answer = context.Request.Url!.AbsolutePath.EndsWith("/tx/commit", StringComparison.Ordinal)
            ? Commit(body)
            : Query(body);
        await WriteJsonAsync(context, 200, answer);
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
