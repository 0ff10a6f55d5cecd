using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// The zip container of a workbook (ECMA-376 Part 2, Open Packaging Conventions): parts found by name
/// regardless of case, relationships resolved to part names, every XML part read through a reader that
/// refuses DTDs (XXE, "billion laughs") and counts inflated bytes against the budget.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string RelationshipsNamespaceSuffix = "relationships";

    private static readonly XmlReaderSettings s_xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly XlsxLimits _limits;
    private readonly InflateBudget _budget;

    public XlsxPackage(Stream stream, XlsxLimits limits)
    {
        _limits = limits;
        _budget = new InflateBudget(limits.MaxUncompressedBytes);
        try
        {
            _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException("这不是有效的 Excel（.xlsx）文件：无法按 xlsx 的压缩格式打开。若是旧版 .xls 或 WPS 格式，请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再上传。");
        }

        if (_zip.Entries.Count > limits.MaxEntries)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxEntries), $"文件内含 {_zip.Entries.Count:N0} 个部件，超过上限 {limits.MaxEntries:N0} 个（部件数）：这不是正常的名单表格。");
        }

        foreach (var entry in _zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    public bool Exists(string part) => _entries.ContainsKey(part);

    /// <summary>An XML part; <paramref name="description"/> names it in messages (工作表「Sheet1」).</summary>
    public XmlReader OpenXml(string part, string description)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw new InvalidDataException($"文件已损坏：缺少{description}。请在 Excel/WPS 中打开并另存为 .xlsx 后再上传。");
        }

        if (entry.Length >= _limits.RatioCheckFromBytes && entry.Length > _limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxCompressionRatio),
                $"{description}的压缩比为 {(double)entry.Length / Math.Max(1, entry.CompressedLength):N0}:1，超过上限 {_limits.MaxCompressionRatio:N0}:1（压缩比），读取已停止：" +
                "正常表格的压缩比在 30:1 以下，这个文件可能是“压缩炸弹”。");
        }

        return XmlReader.Create(_budget.Wrap(entry.Open()), s_xml);
    }

    /// <summary>
    /// Runs <paramref name="read"/> over an XML part and turns XML errors into a message that names the part
    /// and the line, and says so plainly when the part declares a DTD (refused: it could expand entities or fetch files).
    /// </summary>
    public T Read<T>(string part, string description, Func<XmlReader, T> read)
    {
        try
        {
            using var reader = OpenXml(part, description);
            return read(reader);
        }
        catch (XmlException ex)
        {
            throw Broken(ex, part, description);
        }
    }

    /// <summary>The message for an XML error in a part: a DTD is named as such, anything else by its line.</summary>
    public InvalidDataException Broken(XmlException error, string part, string description) => DeclaresDtd(part)
        ? new InvalidDataException($"{description}含有文档类型声明（DTD），为安全起见不予读取（DTD 可引用外部文件或无限展开实体）。正常的 Excel 文件不含 DTD，请用 Excel/WPS 另存后再上传。", error)
        : new InvalidDataException($"文件已损坏：{description}第 {error.LineNumber} 行不是有效的 XML。请在 Excel/WPS 中打开并另存为 .xlsx 后再上传。", error);

    /// <summary>The relationships of <paramref name="part"/> (its <c>_rels/NAME.rels</c>): id → (type, target part).</summary>
    public IReadOnlyDictionary<string, (string Type, string Target)> Relationships(string part)
    {
        var folder = part.Contains('/') ? part[..(part.LastIndexOf('/') + 1)] : "";
        var relsPart = $"{folder}_rels/{part[folder.Length..]}.rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!Exists(relsPart))
        {
            return result;
        }

        return Read(relsPart, "关系表", reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target
                    && reader.GetAttribute("TargetMode") is not "External")
                {
                    result.TryAdd(id, (reader.GetAttribute("Type") ?? "", ResolveTarget(folder, target)));
                }
            }

            return result;
        });
    }

    /// <summary>The <c>r:id</c> attribute (transitional or strict relationships namespace) of the current element.</summary>
    public static string? RelationshipId(XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith(RelationshipsNamespaceSuffix, StringComparison.Ordinal))
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }

    public void Dispose() => _zip.Dispose();

    // OPC part names: a target is relative to the source part's folder unless it starts with '/'; ".." climbs.
    private static string ResolveTarget(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    // Only called after an XML error: does the part's prolog declare a document type?
    private bool DeclaresDtd(string part)
    {
        using var stream = _entries[part].Open();
        var buffer = new byte[8192];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = Encoding.UTF8.GetString(buffer, 0, read);
        return head.Contains("<!DOCTYPE", StringComparison.Ordinal)
            || Encoding.Unicode.GetString(buffer, 0, read).Contains("<!DOCTYPE", StringComparison.Ordinal);
    }
}
