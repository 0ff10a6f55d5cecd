using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// An HTML table of enterprises (a 专精特新 list, a park directory): one row per <c>rows</c> match
/// (default <c>table tr</c>); header rows (only <c>th</c> cells) are skipped and their texts make
/// column names usable as field mappings.
/// </summary>
public sealed class HtmlTableRowReader(PoliteFetcher fetcher) : IRowReader
{
    public SourceKind Kind => SourceKind.HtmlTable;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<string, int>? header = null;
        var walker = new HtmlPageWalker(fetcher);
        await foreach (var row in walker.WalkAsync(source, "table tr", Extract, cancellationToken))
        {
            yield return row;
        }

        RowRead? Extract(IElement element, int index, Uri page, string selector)
        {
            var cells = Cells(element);
            if (cells.Length > 0 && cells.All(c => c.LocalName == "th"))
            {
                header = Header(cells);
                return null;
            }

            // The header may sit outside the rows selected (a <thead> when rows are "tbody tr").
            if (header is null && element.Closest("table")?.QuerySelectorAll("tr").Select(Cells).FirstOrDefault(c => c.Length > 0 && c.All(x => x.LocalName == "th")) is { } headerCells)
            {
                header = Header(headerCells);
            }

            return cells.Length == 0 ? null : HtmlFieldExtractor.Extract(element, source.Fields, header, $"{page.AbsoluteUri} {selector}[{index}]");
        }
    }

    private static IElement[] Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToArray();

    private static Dictionary<string, int> Header(IElement[] cells) => cells
        .Select((c, i) => (Text: HtmlFieldExtractor.Collapse(c.TextContent), i))
        .Where(c => c.Text.Length > 0)
        .DistinctBy(c => c.Text)
        .ToDictionary(c => c.Text, c => c.i, StringComparer.Ordinal);
}
