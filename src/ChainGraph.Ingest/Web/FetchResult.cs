namespace ChainGraph.Ingest.Web;

/// <summary>
/// A fetched page (decoded HTML and the validators to remember once its rows are stored), or why
/// there is none. <see cref="CachedNextUrl"/> is the next-page link remembered from the last fetch,
/// so pagination continues past an unchanged page.
/// </summary>
public sealed record FetchResult(Uri Url, FetchOutcome Outcome, string? Html, string Reason)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? ContentHash { get; init; }

    public string? CachedNextUrl { get; init; }

    public int Attempts { get; init; } = 1;
}
