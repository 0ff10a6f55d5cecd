using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Tests.Time;

/// <summary>旬: days 1–10, 11–20, 21 to the month's end, China time; consecutive 旬 have consecutive indexes.</summary>
public sealed class XunTests
{
    [Theory]
    [InlineData("2024-11-01", 0, "2024-11-01", "2024-11-10", "2024年11月上旬")]
    [InlineData("2024-11-10", 0, "2024-11-01", "2024-11-10", "2024年11月上旬")]
    [InlineData("2024-11-11", 1, "2024-11-11", "2024-11-20", "2024年11月中旬")]
    [InlineData("2024-11-20", 1, "2024-11-11", "2024-11-20", "2024年11月中旬")]
    [InlineData("2024-11-21", 2, "2024-11-21", "2024-11-30", "2024年11月下旬")]
    [InlineData("2024-02-29", 2, "2024-02-21", "2024-02-29", "2024年2月下旬")]
    [InlineData("2025-02-28", 2, "2025-02-21", "2025-02-28", "2025年2月下旬")]
    [InlineData("2024-12-31", 2, "2024-12-21", "2024-12-31", "2024年12月下旬")]
    public void Of_Day_GivesItsPartAndBounds(string day, int part, string start, string end, string text)
    {
        var xun = Xun.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(part, xun.Part);
        Assert.Equal(start, ChinaTime.Format(xun.Start));
        Assert.Equal(end, ChinaTime.Format(xun.End));
        Assert.Equal(text, xun.ToString());
    }

    [Fact]
    public void Of_Instant_CountsInChinaTime()
    {
        // 2024-11-10 16:30 UTC is 2024-11-11 00:30 in China: already 中旬.
        Assert.Equal(1, Xun.Of(new DateTimeOffset(2024, 11, 10, 16, 30, 0, TimeSpan.Zero)).Part);
        Assert.Equal(0, Xun.Of(new DateTimeOffset(2024, 11, 10, 15, 59, 0, TimeSpan.Zero)).Part);
    }

    [Fact]
    public void Index_AcrossMonthsAndYears_IsConsecutive()
    {
        var xun = Xun.Of(new DateOnly(2023, 12, 25));
        Assert.Equal(new Xun(2024, 1, 0), xun.Next);
        Assert.Equal(1, xun.Until(xun.Next));
        Assert.Equal(xun, xun.Next.Previous);
        Assert.Equal(36, new Xun(2023, 1, 0).Until(new Xun(2024, 1, 0)));
        var walk = new Xun(2024, 1, 0);
        for (var i = 0; i < 72; i++)
        {
            Assert.Equal(1, walk.Until(walk.Next));
            Assert.Equal(walk.End.AddDays(1), walk.Next.Start);
            walk = walk.Next;
        }
    }

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData("2026-1", 2026, 1)]
    [InlineData("2026年11月", 2026, 11)]
    public void YearMonth_TryParse_ReadsTheForms(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("November")]
    [InlineData("2026-11-05")]
    public void YearMonth_TryParse_RefusesOthers(string text) => Assert.False(YearMonth.TryParse(text, out _));
}
