using System.Globalization;

namespace ChainGraph.Projects.Time;

/// <summary>
/// Days, months and 旬 of the pipeline are counted in China Standard Time (UTC+8, no daylight saving), the
/// time the plans and the people who report against them live in, whatever the server's zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The China calendar day of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a China calendar day starts (00:00 UTC+8).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>An instant as people read it: 2026-11-05 14:30 (China time).</summary>
    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads yyyy-MM-dd (also yyyy/M/d and yyyy年M月d日, as typed in Chinese offices).</summary>
    public static bool TryParseDate(string? text, out DateOnly day)
    {
        day = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && DateOnly.TryParseExact(
            trimmed, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
