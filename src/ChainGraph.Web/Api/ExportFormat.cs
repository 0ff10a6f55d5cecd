using ChainGraph.Core.Exports;
using ChainGraph.Web.Exports;
using ChainGraph.Web.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Turns a target list into a CSV (UTF-8 with BOM) or XLSX download.</summary>
internal static class ExportFormat
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsKnown(string? format) => format is Csv or Xlsx;

    public static FileContentHttpResult File(string format, string title, IReadOnlyList<TargetRow> rows)
    {
        var cells = rows.Select(TargetTable.Cells);
        return format == Csv
            ? TypedResults.File(CsvExport.Write(TargetTable.Headers, cells), "text/csv; charset=utf-8", TargetTable.FileName(title, Csv))
            : TypedResults.File(XlsxExport.Write("招商目标", TargetTable.Headers, TargetTable.Widths, cells), XlsxContentType, TargetTable.FileName(title, Xlsx));
    }

    public static void Validate(string? format, RequestErrors errors)
    {
        if (!IsKnown(format))
        {
            errors.Add("format", $"导出格式只能是 CSV 或 Excel（csv 或 xlsx），收到的是「{format}」。");
        }
    }
}
