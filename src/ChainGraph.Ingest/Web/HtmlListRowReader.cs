using System.Runtime.CompilerServices;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Web;

/// <summary>An HTML list (a chamber's member list, a news-style directory): one entry per <c>rows</c> match (default <c>li</c>); fields are CSS selectors within the entry, <c>.</c> for the entry's own text.</summary>
public sealed class HtmlListRowReader(PoliteFetcher fetcher) : IRowReader
{
    public SourceKind Kind => SourceKind.HtmlList;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walker = new HtmlPageWalker(fetcher);
        await foreach (var row in walker.WalkAsync(source, "li", (element, index, page, selector) => HtmlFieldExtractor.Extract(element, source.Fields, null, $"{page.AbsoluteUri} {selector}[{index}]"), cancellationToken))
        {
            yield return row;
        }
    }
}
