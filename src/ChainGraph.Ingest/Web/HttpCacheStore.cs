using ChainGraph.Ingest.Jobs;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// The conditional-request cache (<c>http_cache</c>): per URL the ETag, Last-Modified, a hash of
/// the body and the next-page link. Written only after a page's rows are committed.
/// </summary>
public sealed class HttpCacheStore(JobDatabase database, TimeProvider clock)
{
    public sealed record Entry(string? ETag, string? LastModified, string? ContentHash, string? NextUrl);

    public async Task<Entry?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(connection, "SELECT etag, last_modified, content_hash, next_url FROM http_cache WHERE url = $url", ("$url", url.AbsoluteUri));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Entry(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3))
            : null;
    }

    public async Task PutAsync(Uri url, Entry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            """
            INSERT INTO http_cache (url, etag, last_modified, content_hash, next_url, fetched_at) VALUES ($url, $etag, $lm, $hash, $next, $now)
            ON CONFLICT (url) DO UPDATE SET etag = $etag, last_modified = $lm, content_hash = $hash, next_url = $next, fetched_at = $now
            """,
            ("$url", url.AbsoluteUri),
            ("$etag", entry.ETag),
            ("$lm", entry.LastModified),
            ("$hash", entry.ContentHash),
            ("$next", entry.NextUrl),
            ("$now", JobDatabase.FormatTime(clock.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
