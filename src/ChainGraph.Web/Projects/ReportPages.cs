using ChainGraph.Projects.Reports;
using ChainGraph.Web.Events;

namespace ChainGraph.Web.Projects;

/// <summary>The 月调度 report as a printable A4 page and as PDF (headless Chromium, as the event briefings are).</summary>
public sealed class ReportPages(IWebHostEnvironment environment, PdfPrinter printer)
{
    public bool CanPrint => printer.IsAvailable;

    public async Task<string> HtmlAsync(MonthlyReport report, bool forPrint, CancellationToken cancellationToken)
    {
        var css = environment.WebRootFileProvider.GetFileInfo("css/report.css");
        await using var stream = css.CreateReadStream();
        using var reader = new StreamReader(stream);
        return MonthlyReportHtml.Render(report, await reader.ReadToEndAsync(cancellationToken), forPrint);
    }

    /// <summary>The PDF, or null when Chromium failed (the printer logs why).</summary>
    public async Task<byte[]?> PdfAsync(MonthlyReport report, CancellationToken cancellationToken) =>
        await printer.PrintAsync(await HtmlAsync(report, forPrint: true, cancellationToken), cancellationToken);
}
