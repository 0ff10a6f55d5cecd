using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// Walks the pages of an HTML source: fetches each politely, parses it with AngleSharp (which
/// repairs broken HTML the way browsers do), hands every row element to the caller's extractor,
/// and follows the next-page link until there is none, a page repeats (a pagination loop) or the
/// page cap is reached. After each page a checkpoint lets the loader commit the page's rows before
/// the page's validators are remembered.
/// </summary>
internal sealed class HtmlPageWalker(PoliteFetcher fetcher)
{
    private static readonly HtmlParser s_parser = new();

    public async IAsyncEnumerable<RowRead> WalkAsync(
        SourceDefinition source,
        string defaultRowSelector,
        Func<IElement, int, Uri, string, RowRead?> extract,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rowSelector = source.RowSelector ?? defaultRowSelector;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Uri? url = new(source.Location);
        for (var page = 1; url is not null; page++)
        {
            if (page > source.Pagination.MaxPages)
            {
                yield return RowRead.Reject(url.AbsoluteUri, $"page cap reached: pagination.maxPages is {source.Pagination.MaxPages}; later pages were not fetched");
                yield break;
            }

            if (!visited.Add(url.AbsoluteUri))
            {
                yield break;
            }

            var result = await fetcher.FetchAsync(url, source.AllowedHosts, cancellationToken);
            switch (result.Outcome)
            {
                case FetchOutcome.NotModified:
                    url = result.CachedNextUrl is { } cachedNext ? new Uri(cachedNext) : null;
                    continue;
                case FetchOutcome.Refused or FetchOutcome.Failed:
                    yield return RowRead.Reject(url.AbsoluteUri, $"page not loaded ({result.Outcome.ToString().ToLowerInvariant()}): {result.Reason}");
                    yield break;
            }

            using var document = s_parser.ParseDocument(result.Html!);
            var index = 0;
            foreach (var element in document.QuerySelectorAll(rowSelector))
            {
                index++;
                if (extract(element, index, url, rowSelector) is { } row)
                {
                    yield return row;
                }
            }

            var next = NextLink(document, source.Pagination.NextSelector, url);
            var fetched = result;
            yield return RowRead.Checkpoint(url.AbsoluteUri, ct => fetcher.RememberAsync(fetched, next?.AbsoluteUri, ct));
            url = next;
        }
    }

    private static Uri? NextLink(IDocument document, string? selector, Uri page)
    {
        if (selector is null || document.QuerySelector(selector)?.GetAttribute("href") is not { Length: > 0 } href || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.TryCreate(page, href.Trim(), out var next) && next.Scheme is "http" or "https" ? next : null;
    }
}
