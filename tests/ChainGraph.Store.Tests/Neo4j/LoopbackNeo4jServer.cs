using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ChainGraph.Tests.Shared;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers in the shapes of Neo4j 5's HTTP documentation
/// (Query API https://neo4j.com/docs/query-api/current/, transactional endpoint
/// https://neo4j.com/docs/http-api/current/): scripted answers in order, every request recorded.
/// It checks our requests and our parsing; it does not execute Cypher.
/// </summary>
internal sealed class LoopbackNeo4jServer : LoopbackHttpListener
{
    private readonly ConcurrentQueue<(int Status, string Body, TimeSpan Delay)> _answers = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _answersByStatement = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Answer(int status, string json) => _answers.Enqueue((status, json, TimeSpan.Zero));

    /// <summary>An answer sent only after <paramref name="delay"/> (a server too slow for the client's timeout).</summary>
    public void AnswerLate(TimeSpan delay, int status, string json) => _answers.Enqueue((status, json, delay));

    /// <summary>A Query API success: <c>data.fields</c>, <c>data.values</c>, bookmarks (202 Accepted, as the documentation's example).</summary>
    public void AnswerQuery(string[] fields, params object?[][] rows) => Answer(202, JsonSerializer.Serialize(new
    {
        data = new { fields, values = rows },
        bookmarks = new[] { "FB:kcwQ" },
    }));

    /// <summary>
    /// A Query API success for the next request whose statement is <paramref name="statement"/>, whatever the order
    /// of requests (a client that runs two scans at once, as a snapshot load does).
    /// </summary>
    public void AnswerQueryTo(string statement, string[] fields, params object?[][] rows) =>
        _answersByStatement.GetOrAdd(statement, _ => new()).Enqueue(JsonSerializer.Serialize(new
        {
            data = new { fields, values = rows },
            bookmarks = new[] { "FB:kcwQ" },
        }));

    /// <summary>A transactional endpoint success: one result (columns, data[].row) per statement, empty errors.</summary>
    public void AnswerCommit(params (string[] Columns, object?[][] Rows)[] results) => Answer(200, JsonSerializer.Serialize(new
    {
        results = results.Select(r => new { columns = r.Columns, data = r.Rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) }),
        errors = Array.Empty<object>(),
    }));

    public static string Errors(string code, string message) => JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        var request = new RecordedRequest(
            context.Request.HttpMethod,
            context.Request.Url!.AbsolutePath,
            context.Request.Headers["Authorization"],
            context.Request.ContentType,
            context.Request.Headers["Accept"],
            await ReadJsonAsync(context));
        Requests.Enqueue(request);
        if (request.Body.ValueKind == JsonValueKind.Object && request.Body.TryGetProperty("statement", out var statement)
            && _answersByStatement.TryGetValue(statement.GetString() ?? "", out var scripted) && scripted.TryDequeue(out var byStatement))
        {
            await WriteJsonAsync(context, 202, byStatement);
            return;
        }

        var (status, answer, delay) = _answers.TryDequeue(out var next)
            ? next
            : (500, Errors("Test.NoScriptedAnswer", $"request {Requests.Count} has no scripted answer"), TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            _ = AnswerAfterAsync(context, status, answer, delay);
            return;
        }

        await WriteJsonAsync(context, status, answer);
    }

    private static async Task AnswerAfterAsync(HttpListenerContext context, int status, string answer, TimeSpan delay)
    {
        await Task.Delay(delay);
        try
        {
            await WriteJsonAsync(context, status, answer);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (timed out) before the late answer.
        }
    }
}

/// <summary>What the store sent: method, path, auth and content headers, JSON body.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ContentType, string? Accept, JsonElement Body);
