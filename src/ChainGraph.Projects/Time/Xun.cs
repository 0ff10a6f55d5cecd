using System.Globalization;

namespace ChainGraph.Projects.Time;

/// <summary>
/// A 旬, the ten-day period the plans schedule by (Dongli 2024: 重点项目旬更新、月调度): days 1–10 (上旬), 11–20
/// (中旬) and 21 to the month's end (下旬, 8 to 11 days) of a month, China time. Consecutive 旬 have
/// consecutive <see cref="Index"/> values, so "more than one 旬 without an update" is an index difference of 2.
/// </summary>
public readonly record struct Xun(int Year, int Month, int Part) : IComparable<Xun>
{
    private static readonly string[] s_parts = ["上旬", "中旬", "下旬"];

    public static Xun Of(DateOnly day) => new(day.Year, day.Month, day.Day <= 10 ? 0 : day.Day <= 20 ? 1 : 2);

    public static Xun Of(DateTimeOffset instant) => Of(ChinaTime.DateOf(instant));

    /// <summary>Months since year 0 × 3 + part: consecutive for consecutive 旬.</summary>
    public int Index => ((Year * 12) + Month - 1) * 3 + Part;

    public DateOnly Start => new(Year, Month, Part * 10 + 1);

    public DateOnly End => Part < 2 ? new DateOnly(Year, Month, (Part + 1) * 10) : new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month));

    public Xun Previous => Part > 0 ? this with { Part = Part - 1 } : Month > 1 ? new Xun(Year, Month - 1, 2) : new Xun(Year - 1, 12, 2);

    public Xun Next => Part < 2 ? this with { Part = Part + 1 } : Month < 12 ? new Xun(Year, Month + 1, 0) : new Xun(Year + 1, 1, 0);

    /// <summary>How many 旬 lie between this one and <paramref name="later"/> (0 when the same).</summary>
    public int Until(Xun later) => later.Index - Index;

    public int CompareTo(Xun other) => Index.CompareTo(other.Index);

    /// <summary>2026年11月中旬.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Month}月{s_parts[Part]}");
}
