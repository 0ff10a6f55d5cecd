using AngleSharp.Dom;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// Reads mapped fields from one row element. A mapping is a CSS selector relative to the row
/// (the first match's text, whitespace collapsed); <c>.</c> means the row itself; for tables a
/// mapping may instead name a column header (表头), resolved to its position.
/// </summary>
internal static class HtmlFieldExtractor
{
    public const string Self = ".";

    public static RowRead Extract(IElement row, IReadOnlyDictionary<string, string> mapping, IReadOnlyDictionary<string, int>? headerColumns, string reference)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, selector) in mapping)
        {
            string? text;
            if (selector == Self)
            {
                text = row.TextContent;
            }
            else if (headerColumns is not null && headerColumns.TryGetValue(selector, out var column))
            {
                text = row.Children.Where(c => c.LocalName is "td" or "th").ElementAtOrDefault(column)?.TextContent;
            }
            else
            {
                text = row.QuerySelector(selector)?.TextContent;
            }

            var value = Collapse(text);
            if (value.Length > RowLimits.MaxFieldLength)
            {
                return RowRead.Reject(reference, $"selector '{selector}' ({field}) matched {value.Length} characters; at most {RowLimits.MaxFieldLength} are allowed — is the selector too wide?");
            }

            if (value.Length > 0)
            {
                fields[field] = value;
            }
        }

        return fields.ContainsKey(SourceFields.Name)
            ? RowRead.Ok(reference, fields)
            : RowRead.Reject(reference, $"selector '{mapping[SourceFields.Name]}' (the name) found no text in this row");
    }

    public static string Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
