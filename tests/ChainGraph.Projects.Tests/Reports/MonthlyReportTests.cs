using ChainGraph.Projects.Model;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Tests.Dashboard;
using ChainGraph.Projects.Time;
using ChainGraph.Core.Chains;

namespace ChainGraph.Projects.Tests.Reports;

/// <summary>The 月调度 report of 2024-11 on the hand-counted fixture, its workbook and its printable page.</summary>
public sealed class MonthlyReportTests
{
    private static readonly ChainNames s_names = new(new NoChains());

    private static readonly MonthlyReport s_report = MonthlyReportBuilder.Build(PipelineFixture.Data, new YearMonth(2024, 11), s_names, PipelineFixture.Now);

    [Fact]
    public void Build_November_CountsTheMonthsMovesByHand()
    {
        var s = s_report.Summary;
        Assert.Equal(5, s.NewProjects);                                     // created in November: 15, 18, 19, 20, 26
        Assert.Equal(3, s.StageChanges);                                    // 27 开工 11-01, 30 终止 11-15, 25 签约 11-20
        Assert.Equal([25L], s_report.Signings.Select(l => l.ProjectId));
        Assert.Equal((1, 2m), (s.Signed, s.SignedInvestment));
        Assert.Empty(s_report.Landings);
        Assert.Equal(1, s.Terminated);                                      // 30
        Assert.Equal(5m, s.Funds);                                          // 27: 11-05
        Assert.Equal((2, 1), (s.VisitsDone, s.VisitsPlannedNextMonth));     // done: visits 3 (11-20), 7 (11-22); planned for December: 5
        Assert.Equal(7, s.Overdue);
        Assert.Equal(5, s.Stalled);
        Assert.Equal(23, s.ActiveProjects);
        Assert.Equal(new long[] { 3, 10, 13, 14, 17, 6, 13, 29 }.Order(), s_report.Overdue.Select(a => a.ProjectId).Order());
    }

    [Fact]
    public void Build_PerUnit_SplitsTheFiguresByOwnerUnit()
    {
        var units = s_report.Units.ToDictionary(u => u.Unit);
        Assert.Equal(["军粮城", "华明高新区", MonthlyReportBuilder.NoUnit], units.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((3, 0, 0), (units["华明高新区"].Active, units["华明高新区"].Signed, units["华明高新区"].Overdue)); // 1, 2, 11
        Assert.Equal((1, 1), (units["军粮城"].Active, units["军粮城"].Overdue));                                        // 3, stalled
        Assert.Equal(s_report.Summary.ActiveProjects, units.Values.Sum(u => u.Active));
        Assert.Equal(s_report.Summary.Overdue, units.Values.Sum(u => u.Overdue));
    }

    [Fact]
    public void Xlsx_HasOneSheetPerSection_WithTheFigures()
    {
        var xlsx = MonthlyReportXlsx.Write(s_report);
        Assert.Contains("新签约项目（个）\t1", StalledProjectTests.SheetText(xlsx, "汇总"));
        Assert.Contains("本月到位资金（亿元）\t5", StalledProjectTests.SheetText(xlsx, "汇总"));
        Assert.Contains("2024-11-20\t项目25\t企业25", StalledProjectTests.SheetText(xlsx, "新签约"));
        Assert.Contains("2024-11-05\t项目27\t企业27\t\t5", StalledProjectTests.SheetText(xlsx, "资金到位"));
        Assert.Equal(9, StalledProjectTests.SheetText(xlsx, "逾期与停滞").Split('\n').Length); // header + 8 alerts (13 is both stalled and past its due date)
        Assert.Equal("招商项目月调度_2024-11.xlsx", MonthlyReportXlsx.FileName(s_report));
    }

    [Fact]
    public void Json_WritesTheMonthAsText()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(s_report);
        Assert.Contains("\"Month\":\"2024-11\"", json);
    }

    [Fact]
    public void Html_EscapesNamesFromData()
    {
        var hostile = PipelineFixture.Projects[24] with { Name = "<script>alert(1)</script>项目" };
        var data = PipelineFixture.Data with { Projects = [.. PipelineFixture.Projects.Where(p => p.Id != 25), hostile] };
        var html = MonthlyReportHtml.Render(MonthlyReportBuilder.Build(data, new YearMonth(2024, 11), s_names, PipelineFixture.Now), "", forPrint: false);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;项目", html);
        Assert.Contains("2024年11月招商项目月调度", html);
    }

    private sealed class NoChains : IChainMapService
    {
        public IReadOnlyList<ChainTemplate> Chains => [];

        public ChainTemplate FindChain(string chain) => throw new ChainNotFoundException(chain);

        public Task<ChainMap> GetMapAsync(string chain, string? region, CancellationToken cancellationToken) => throw new ChainNotFoundException(chain);

        public Task<IReadOnlyList<SegmentFigures>> GetGapsAsync(string chain, string? region, CancellationToken cancellationToken) => throw new ChainNotFoundException(chain);

        public SegmentExplanation Explain(ChainMap map, string segment) => throw new NotSupportedException();
    }
}
