using System.Globalization;
using ChainGraph.Core.Io;
using ChainGraph.Projects;
using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Time;
using ChainGraph.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>The 招商看板 of a year and the 月调度 report of a month: JSON, Excel, a printable A4 page and PDF.</summary>
public static class ProjectReportsApi
{
    public static IEndpointRouteBuilder MapProjectReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("Projects");
        group.MapGet("/dashboard", DashboardAsync).WithSummary("Progress against the year's targets (ingest/plans), funnel, rates, warnings: year=yyyy (default this year, China time).");
        group.MapGet("/report", ReportAsync).WithSummary("The 月调度 report as JSON: month=yyyy-MM (default this month, China time).");
        group.MapGet("/report.xlsx", ReportXlsxAsync).WithSummary("The 月调度 report as an Excel workbook.");
        group.MapGet("/report.pdf", ReportPdfAsync).WithSummary("The 月调度 report printed to A4 PDF by headless Chromium.");
        app.MapGet("/projects/report", ReportPageAsync).WithTags("Projects").WithSummary("The printable 月调度 report page (HTML).");
        return app;
    }

    public static async Task<Results<Ok<PipelineDashboard>, ValidationProblem, ProblemHttpResult>> DashboardAsync(string? year, PipelineService pipeline, ILogger<PipelineService> logger, CancellationToken cancellationToken)
    {
        int? chosen = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!int.TryParse(year.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                return ProjectProblems.Invalid("year", $"「年份」应为 2000 到 2100 之间的年份，如 2024，收到「{year}」。");
            }

            chosen = parsed;
        }

        try
        {
            return TypedResults.Ok(await pipeline.DashboardAsync(chosen, cancellationToken));
        }
        catch (InputFormatException ex)
        {
            logger.LogError(ex, "A year plan file cannot be used: {Problem}", ex.Message);
            return ProjectProblems.PlansUnusable();
        }
    }

    public static async Task<Results<Ok<MonthlyReport>, ValidationProblem>> ReportAsync(string? month, PipelineService pipeline, CancellationToken cancellationToken) =>
        ParseMonth(month, out var chosen) is { } problem ? problem : TypedResults.Ok(await pipeline.ReportAsync(chosen, cancellationToken));

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ReportXlsxAsync(string? month, PipelineService pipeline, CancellationToken cancellationToken)
    {
        if (ParseMonth(month, out var chosen) is { } problem)
        {
            return problem;
        }

        var report = await pipeline.ReportAsync(chosen, cancellationToken);
        return TypedResults.File(MonthlyReportXlsx.Write(report), MonthlyReportXlsx.ContentType, MonthlyReportXlsx.FileName(report));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> ReportPageAsync(string? month, PipelineService pipeline, ReportPages pages, CancellationToken cancellationToken)
    {
        if (ParseMonth(month, out var chosen) is { } problem)
        {
            return problem;
        }

        var report = await pipeline.ReportAsync(chosen, cancellationToken);
        return TypedResults.Text(await pages.HtmlAsync(report, forPrint: false, cancellationToken), "text/html; charset=utf-8");
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportPdfAsync(string? month, PipelineService pipeline, ReportPages pages, CancellationToken cancellationToken)
    {
        if (ParseMonth(month, out var chosen) is { } problem)
        {
            return problem;
        }

        if (!pages.CanPrint)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂不能导出 PDF",
                detail: "服务器上没有安装用于生成 PDF 的浏览器组件；请打开报告页面，用浏览器的“打印”另存为 PDF。");
        }

        var report = await pipeline.ReportAsync(chosen, cancellationToken);
        return await pages.PdfAsync(report, cancellationToken) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"招商项目月调度_{report.Month}.pdf")
            : TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "PDF 生成失败", detail: "这次没能生成 PDF；请稍后再试，或打开报告页面用浏览器打印。");
    }

    private static ValidationProblem? ParseMonth(string? text, out YearMonth? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!YearMonth.TryParse(text, out var parsed) || parsed.Year is < 2000 or > 2100)
        {
            return ProjectProblems.Invalid("month", $"「月份」应写作 年-月，如 2026-11，收到「{text}」。");
        }

        month = parsed;
        return null;
    }
}
