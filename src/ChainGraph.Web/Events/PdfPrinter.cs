using System.Diagnostics;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Events;

/// <summary>
/// Prints HTML to PDF with headless Chromium (<c>--print-to-pdf</c>) when it is installed: the page is written
/// to a private temporary folder and printed from there, with a throw-away profile and no network extras.
/// </summary>
public sealed partial class PdfPrinter(ChainGraphWebOptions options, ILogger<PdfPrinter> logger)
{
    public bool IsAvailable => File.Exists(options.ChromiumPath);

    /// <summary>The PDF bytes, or null with the reason logged when Chromium is missing, fails or times out.</summary>
    public async Task<byte[]?> PrintAsync(string html, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("chaingraph-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "briefing.html");
            var pdf = Path.Combine(folder.FullName, "briefing.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(options.ChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {options.ChromiumPath}.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.PdfTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                LogTimeout(options.PdfTimeout.TotalSeconds);
                return null;
            }

            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                LogFailed(process.ExitCode, (await stderr).Trim());
                return null;
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium did not print the briefing within {Seconds} s (ChainGraph:Web:PdfTimeout)")]
    private partial void LogTimeout(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium failed to print the briefing (exit code {ExitCode}): {Error}")]
    private partial void LogFailed(int exitCode, string error);
}
