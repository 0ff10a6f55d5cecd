using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Tests.TestSupport;
using ChainGraph.Projects.Time;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChainGraph.Projects.Tests.Dashboard;

/// <summary>A project with no update for more than one 旬 is overdue on the dashboard and in the 月调度 report, until it is updated (a visit counts).</summary>
public sealed class StalledProjectTests
{
    [Fact]
    public async Task Project_NotUpdatedForMoreThanOneXun_IsOverdueOnDashboardAndInReport()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var project = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ", OwnerUnit = "华明高新区", Priority = "重点" });

        // 11-05 (上旬) → 11-20 (中旬): one 旬 later, a reminder, not overdue.
        harness.At(2024, 11, 20, 23);
        var reminder = await harness.Pipeline.DashboardAsync(2024, CancellationToken.None);
        Assert.Equal(AlertKind.NotUpdatedThisXun, Assert.Single(reminder.Alerts).Kind);
        Assert.Equal(0, reminder.Figures.Overdue);

        // 11-21 00:30 China time (下旬): the whole 中旬 passed without an update.
        harness.Clock.SetUtcNow(new DateTimeOffset(2024, 11, 20, 16, 30, 0, TimeSpan.Zero));
        var board = await harness.Pipeline.DashboardAsync(2024, CancellationToken.None);
        var stalled = Assert.Single(board.Alerts);
        Assert.Equal((AlertKind.Stalled, project.Id, new DateOnly(2024, 11, 5)), (stalled.Kind, stalled.ProjectId, stalled.Since));
        Assert.Contains("已超过一旬未更新", stalled.Detail);
        Assert.Equal(1, board.Figures.Overdue);

        var report = await harness.Pipeline.ReportAsync(new YearMonth(2024, 11), CancellationToken.None);
        Assert.Equal(project.Id, Assert.Single(report.Overdue).ProjectId);
        Assert.Equal((1, 1), (report.Summary.Overdue, report.Summary.Stalled));
        Assert.Equal(1, Assert.Single(report.Units).Overdue);
        Assert.Contains("停滞超过一旬", SheetText(MonthlyReportXlsx.Write(report), "逾期与停滞"));
        Assert.Contains("已超过一旬未更新", MonthlyReportHtml.Render(report, "", forPrint: true));

        // A visit is an update: the project is no longer stalled.
        var visit = await harness.Visits.CreateAsync(new VisitInput { ProjectId = project.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Visitors = "王局长", Outcome = "确认扩产意向" }, "李四", CancellationToken.None);
        Assert.NotNull(visit.Value);
        Assert.Empty((await harness.Pipeline.DashboardAsync(2024, CancellationToken.None)).Alerts);
    }

    internal static string SheetText(byte[] xlsx, string sheetName)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return string.Join("\n", part.Worksheet.Descendants<Row>().Select(r => string.Join("\t", r.Descendants<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? ""))));
    }
}
