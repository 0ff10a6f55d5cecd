using System.Xml;

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// Reads worksheets of an XLSX workbook as text rows, streaming (XmlReader over the zip parts, never a
/// document tree), within <see cref="XlsxLimits"/>. Shared, inline, number and formula-result cells are read as
/// the text stored in the file. Failures are <see cref="InvalidDataException"/> (a broken or hostile file) or
/// <see cref="XlsxLimitException"/> (a limit reached), with messages in Chinese for the person who chose the file.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    private const string OfficeDocumentType = "/officeDocument";
    private const string SharedStringsType = "/sharedStrings";

    private readonly XlsxPackage _package;
    private readonly XlsxLimits _limits;
    private readonly IReadOnlyDictionary<string, (string Type, string Target)> _relationships;
    private readonly IReadOnlyList<(string Name, string? RelationshipId)> _sheets;
    private string[]? _sharedStrings;

    private XlsxWorkbook(XlsxPackage package, XlsxLimits limits, string workbookPart)
    {
        _package = package;
        _limits = limits;
        _relationships = package.Relationships(workbookPart);
        _sheets = package.Read(workbookPart, "工作簿目录", ReadSheetList);
        if (_sheets.Count == 0)
        {
            throw new InvalidDataException("这个 Excel 文件里没有工作表。");
        }
    }

    /// <summary>The worksheets in workbook order.</summary>
    public IReadOnlyList<string> SheetNames => _sheets.Select(s => s.Name).ToArray();

    /// <exception cref="InvalidDataException">Not an XLSX workbook, or a broken or hostile one.</exception>
    public static XlsxWorkbook Open(Stream stream, XlsxLimits limits)
    {
        var package = new XlsxPackage(stream, limits.Validated());
        try
        {
            var main = package.Relationships("").Values.FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal)).Target
                ?? (package.Exists("xl/workbook.xml") ? "xl/workbook.xml" : throw new InvalidDataException("这不是 Excel 工作簿：文件里没有工作簿目录。请上传 .xlsx 或 CSV 文件。"));
            return new XlsxWorkbook(package, limits, main);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>The rows of a sheet (default the first), read lazily: stop enumerating and nothing more is inflated.</summary>
    /// <exception cref="InvalidDataException">The sheet does not exist, or its relationship id points nowhere.</exception>
    public IEnumerable<XlsxRow> ReadRows(string? sheetName = null)
    {
        var sheet = sheetName is null ? _sheets[0] : _sheets.FirstOrDefault(s => s.Name == sheetName);
        if (sheet.Name is null)
        {
            throw new InvalidDataException($"工作簿中没有名为「{sheetName}」的工作表；现有：{string.Join("、", SheetNames)}。");
        }

        if (sheet.RelationshipId is null || !_relationships.TryGetValue(sheet.RelationshipId, out var target))
        {
            throw new InvalidDataException($"文件已损坏：工作表「{sheet.Name}」引用的关系编号“{sheet.RelationshipId}”在工作簿中不存在。请在 Excel/WPS 中打开并另存为 .xlsx 后再上传。");
        }

        var strings = SharedStrings();
        return new XlsxSheetReader(_package, _limits, strings).Read(target.Target, $"工作表「{sheet.Name}」");
    }

    public void Dispose() => _package.Dispose();

    private string[] SharedStrings()
    {
        if (_sharedStrings is not null)
        {
            return _sharedStrings;
        }

        var part = _relationships.Values.FirstOrDefault(r => r.Type.EndsWith(SharedStringsType, StringComparison.Ordinal)).Target;
        _sharedStrings = part is null || !_package.Exists(part) ? [] : _package.Read(part, "共享字符串表", reader => XlsxSheetReader.ReadSharedStrings(reader, _limits));
        return _sharedStrings;
    }

    private static List<(string, string?)> ReadSheetList(XmlReader reader)
    {
        var sheets = new List<(string, string?)>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                sheets.Add((reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}", XlsxPackage.RelationshipId(reader)));
            }
        }

        return sheets;
    }
}
