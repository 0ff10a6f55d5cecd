namespace ChainGraph.Ingest.Sources;

/// <summary>
/// How to follow a paged list: the CSS selector of the "next page" link and a page cap. The cap is
/// a named limit against pagination loops and endless lists; a page already visited is never fetched twice.
/// </summary>
public sealed record PaginationDefinition(string? NextSelector, int MaxPages)
{
    public const int DefaultMaxPages = 20;
    public const int MinPages = 1;
    public const int MaxAllowedPages = 1_000;

    public static PaginationDefinition None { get; } = new(null, 1);
}
