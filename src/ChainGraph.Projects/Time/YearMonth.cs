using System.Globalization;
using System.Text.Json.Serialization;

namespace ChainGraph.Projects.Time;

/// <summary>A calendar month (the 月调度 period), China time; in JSON the text <c>2026-11</c>.</summary>
[JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth(int Year, int Month)
{
    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public YearMonth Next => Month < 12 ? new(Year, Month + 1) : new(Year + 1, 1);

    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    /// <summary>Reads <c>2026-11</c> (also 2026年11月).</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !DateOnly.TryParseExact(trimmed + (trimmed.EndsWith('月') ? "1日" : "-01"), ["yyyy-MM-dd", "yyyy-M-dd", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        month = Of(day);
        return true;
    }

    /// <summary>2026-11.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>2026年11月.</summary>
    public string ToChinese() => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Month}月");
}
