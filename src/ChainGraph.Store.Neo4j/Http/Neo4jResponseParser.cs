using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Http;

/// <summary>
/// Reads the two response shapes of Neo4j 5's HTTP server (plain JSON):
/// the Query API (<c>/db/{db}/query/v2</c>: <c>data.fields</c>, <c>data.values</c>, <c>notifications</c>, <c>errors</c>)
/// and the transactional endpoint (<c>/db/{db}/tx/commit</c>: <c>results[].columns</c>, <c>results[].data[].row</c>,
/// <c>notifications</c>, <c>errors</c>). See https://neo4j.com/docs/query-api/current/ and
/// https://neo4j.com/docs/http-api/current/.
/// </summary>
public static class Neo4jResponseParser
{
    public static IReadOnlyList<Neo4jError> ReadErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return errors.EnumerateArray()
            .Select(e => new Neo4jError(Text(e, "code") ?? "Neo.DatabaseError.General.UnknownError", Text(e, "message") ?? ""))
            .ToArray();
    }

    /// <summary>The result of a Query API response that has no errors.</summary>
    public static Neo4jResult ReadQueryResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("Neo4j's Query API answer has neither 'data' nor 'errors'; is the URL a Neo4j 5 HTTP port?");
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
        var rows = data.TryGetProperty("values", out var values)
            ? values.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.Clone()).ToArray()).ToArray()
            : [];
        return new Neo4jResult(fields, rows, ReadNotifications(root));
    }

    /// <summary>The per-statement results of a transactional endpoint response that has no errors.</summary>
    public static IReadOnlyList<Neo4jResult> ReadCommitResults(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("Neo4j's transactional endpoint answer has neither 'results' nor 'errors'; is the URL a Neo4j 5 HTTP port?");
        }

        var notifications = ReadNotifications(root);
        return results.EnumerateArray().Select(result =>
        {
            var columns = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            var rows = result.TryGetProperty("data", out var data)
                ? data.EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray()).ToArray()
                : [];
            return new Neo4jResult(columns, rows, notifications);
        }).ToArray();
    }

    /// <summary>How many statements of a transactional request ran before the error (the index of the failing one).</summary>
    public static int CountResults(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            ? results.GetArrayLength()
            : 0;

    public static IReadOnlyList<Neo4jNotification> ReadNotifications(JsonElement root)
    {
        if (!root.TryGetProperty("notifications", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray()
            .Select(n => new Neo4jNotification(Text(n, "code") ?? "", Text(n, "severity") ?? "", Text(n, "title") ?? "", Text(n, "description") ?? ""))
            .ToArray();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
