using System.Net;

namespace ChainGraph.Ingest.Web;

/// <summary>One HTTP answer read in full (within the size limit), or the failure of the last attempt.</summary>
internal sealed record RawResponse(HttpStatusCode Status, byte[]? Body, int Attempts)
{
    public string? Location { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Charset { get; init; }

    public string? MediaType { get; init; }

    /// <summary>Why no answer could be had (timeouts, connection errors, too large); null when there is one.</summary>
    public string? Failure { get; init; }

    public bool TooLarge { get; init; }

    public bool IsRedirect => (int)Status is 301 or 302 or 303 or 307 or 308;
}
