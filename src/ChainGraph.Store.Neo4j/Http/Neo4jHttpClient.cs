using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ChainGraph.Store.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Neo4j.Http;

/// <summary>
/// Speaks Neo4j 5's HTTP API with HttpClient and System.Text.Json (Neo4j.Driver is not on our
/// package feed): single statements through the Query API (<c>POST /db/{db}/query/v2</c>), atomic
/// multi-statement batches through the transactional endpoint (<c>POST /db/{db}/tx/commit</c>, one
/// request = one transaction). Retries transient failures with exponential backoff; every other
/// failure becomes a <see cref="Neo4jException"/> that keeps Neo4j's code and message.
/// </summary>
public sealed partial class Neo4jHttpClient : IDisposable
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue? _auth;

    public Neo4jHttpClient(Neo4jStoreOptions options, TimeProvider clock, ILogger logger, HttpMessageHandler? handler = null)
    {
        options.Validate();
        _options = options;
        _clock = clock;
        _logger = logger;
        _http = new HttpClient(handler ?? CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan, BaseAddress = options.BaseUri };
        _auth = options.User.Length == 0
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    public string CommitPath => $"db/{Uri.EscapeDataString(_options.Database)}/tx/commit";

    /// <summary>Runs one statement in its own (implicit) transaction through the Query API.</summary>
    public async Task<Neo4jResult> QueryAsync(CypherCall call, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["statement"] = call.Statement.Text,
            ["parameters"] = call.Parameters,
        }, s_json);
        var root = await SendWithRetryAsync(QueryPath, body, _ => call.Statement.Name, cancellationToken);
        var result = Neo4jResponseParser.ReadQueryResult(root);
        LogNotifications(call.Statement.Name, result.Notifications);
        return result;
    }

    /// <summary>Runs the statements in order in one transaction: all of them take effect, or none.</summary>
    public async Task<IReadOnlyList<Neo4jResult>> CommitAsync(IReadOnlyList<CypherCall> calls, CancellationToken cancellationToken)
    {
        if (calls.Count == 0)
        {
            return [];
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["statements"] = calls.Select(c => new Dictionary<string, object?> { ["statement"] = c.Statement.Text, ["parameters"] = c.Parameters }).ToArray(),
        }, s_json);
        var root = await SendWithRetryAsync(CommitPath, body, index => calls[Math.Min(index, calls.Count - 1)].Statement.Name, cancellationToken);
        var results = Neo4jResponseParser.ReadCommitResults(root);
        if (results.Count != calls.Count)
        {
            throw new InvalidDataException($"Neo4j answered {results.Count} results for {calls.Count} statements of one transaction.");
        }

        LogNotifications(string.Join(", ", calls.Select(c => c.Statement.Name).Distinct()), results[0].Notifications);
        return results;
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendWithRetryAsync(string path, byte[] body, Func<int, string> statementAt, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var last = attempt >= _options.MaxRetries;
            try
            {
                return await SendOnceAsync(path, body, statementAt, cancellationToken);
            }
            catch (Neo4jException ex) when (ex.IsTransient && !last)
            {
                LogRetry(ex.Code, attempt + 1, _options.MaxRetries, ex.ServerMessage);
            }
            catch (HttpRequestException ex) when (!last)
            {
                LogRetry("connection", attempt + 1, _options.MaxRetries, ex.Message);
            }
            catch (HttpRequestException ex)
            {
                throw new Neo4jException(
                    $"Cannot reach Neo4j at {_options.Url} ({ex.Message}) after {attempt + 1} attempts. Is the server running (docker compose up -d neo4j) and ChainGraph:Neo4j:Url right?",
                    "ChainGraph.Unreachable", ex.Message, null, ex);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (last)
                {
                    throw new Neo4jException(
                        $"Neo4j at {_options.Url} did not answer within {_options.Timeout.TotalSeconds:0.#} s (ChainGraph:Neo4j:Timeout), {attempt + 1} attempts. Raise the timeout or lower ChainGraph:Neo4j:BatchSize.",
                        "ChainGraph.Timeout", ex.Message, null, ex);
                }

                LogRetry("timeout", attempt + 1, _options.MaxRetries, $"no answer within {_options.Timeout}");
            }

            await Task.Delay(Backoff(attempt), _clock, cancellationToken);
        }
    }

    private async Task<JsonElement> SendOnceAsync(string path, byte[] body, Func<int, string> statementAt, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        JsonElement root;
        try
        {
            root = bytes.Length == 0 ? default : JsonDocument.Parse(bytes).RootElement;
        }
        catch (JsonException)
        {
            root = default;
        }

        var errors = root.ValueKind == JsonValueKind.Object ? Neo4jResponseParser.ReadErrors(root) : [];
        if (errors.Count > 0)
        {
            var statement = statementAt(Neo4jResponseParser.CountResults(root));
            throw Neo4jErrors.FromServer(errors[0], statement, _options);
        }

        if (!response.IsSuccessStatusCode || root.ValueKind != JsonValueKind.Object)
        {
            throw Neo4jErrors.FromStatus(response.StatusCode, path, Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300)), _options);
        }

        return root;
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.RetryDelay * Math.Pow(2, Math.Min(attempt, 16));
        return delay > s_maxDelay ? s_maxDelay : delay;
    }

    private void LogNotifications(string statement, IReadOnlyList<Neo4jNotification> notifications)
    {
        foreach (var n in notifications)
        {
            LogNotification(statement, n.Severity, n.Code, n.Title, n.Description);
        }
    }

    private static SocketsHttpHandler CreateHandler(Neo4jStoreOptions options)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All };
        if (options.AllowInvalidCertificates)
        {
            // Development servers with self-signed certificates only; see Neo4jStoreOptions.AllowInvalidCertificates.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        return handler;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j transient failure ({Code}), retry {Attempt} of {MaxRetries}: {Detail}")]
    private partial void LogRetry(string code, int attempt, int maxRetries, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j notification for {Statement}: {Severity} {Code} {Title}: {Description}")]
    private partial void LogNotification(string statement, string severity, string code, string title, string description);
}
