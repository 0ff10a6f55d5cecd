using System.IO.Compression;
using System.Text;

namespace ChainGraph.Tests.Shared;

/// <summary>
/// Writes XLSX packages part by part, so a test can build what Excel never would: a DTD, a relationship id
/// that points nowhere, a sheet that inflates to hundreds of megabytes (the zip-bomb shapes of issue 13).
/// Compiled into the test projects that need it (linked from tests/Shared).
/// </summary>
internal static class RawXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook with one sheet; <paramref name="sheetRelationshipId"/> other than rId1 points nowhere.</summary>
    public static byte[] Build(string sheetXml, string? sharedStringsXml = null, string sheetRelationshipId = "rId1") =>
        Build(writer =>
        {
            writer("xl/worksheets/sheet1.xml", Chunks(sheetXml));
            if (sharedStringsXml is not null)
            {
                writer("xl/sharedStrings.xml", Chunks(sharedStringsXml));
            }
        }, sharedStringsXml is not null, sheetRelationshipId);

    /// <summary>Like <see cref="Build(string, string?, string)"/> but parts are written from chunks (a huge part never sits in memory).</summary>
    public static byte[] Build(Action<Action<string, IEnumerable<string>>> parts, bool withSharedStrings, string sheetRelationshipId = "rId1")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Write(string name, IEnumerable<string> chunks)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                foreach (var chunk in chunks)
                {
                    stream.Write(Encoding.UTF8.GetBytes(chunk));
                }
            }

            Write("[Content_Types].xml", Chunks("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""));
            Write("_rels/.rels", Chunks($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Write("xl/workbook.xml", Chunks($"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="名单" sheetId="1" r:id="{sheetRelationshipId}"/></sheets></workbook>"""));
            var shared = withSharedStrings ? $"""<Relationship Id="rId2" Type="{Rel}/sharedStrings" Target="sharedStrings.xml"/>""" : "";
            Write("xl/_rels/workbook.xml.rels", Chunks($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>"""));
            parts(Write);
        }

        return buffer.ToArray();
    }

    /// <summary>A sheet part: the head, <paramref name="count"/> times <paramref name="row"/>(row number), the tail.</summary>
    public static IEnumerable<string> Sheet(int count, Func<int, string> row)
    {
        yield return $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""";
        for (var i = 1; i <= count; i++)
        {
            yield return row(i);
        }

        yield return "</sheetData></worksheet>";
    }

    public static string SheetXml(params string[] rows) => string.Concat(Sheet(rows.Length, i => rows[i - 1]));

    private static IEnumerable<string> Chunks(string text)
    {
        yield return text;
    }
}
