using System.Globalization;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Editing;

/// <summary>
/// Reads typed values from the texts of a request, adding a Chinese message to <see cref="FieldErrors"/> for
/// each that cannot be used (what was received, what is allowed). Each method is called only for a field the
/// request carries; an empty text reads as "clear" (null) where the field may be empty.
/// </summary>
internal sealed class FieldReader(FieldErrors errors, DateOnly today)
{
    public FieldErrors Errors => errors;

    public DateOnly Today => today;

    public string Text(string value, string field, int maxLength, bool required = false)
    {
        var text = value.Trim();
        if (required && text.Length == 0)
        {
            errors.Add(field, $"请填写「{ProjectFieldNames.Of(field)}」。");
        }
        else if (text.Length > maxLength)
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」最多 {maxLength} 个字，收到 {text.Length} 个字。");
        }

        return text;
    }

    /// <summary>An amount in 亿元, kept to the 万元.</summary>
    public decimal? Amount(string text, string field, bool positive)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        var normalized = text.Trim().Replace("亿元", "", StringComparison.Ordinal).Replace("亿", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        var range = positive ? $"大于 0、不超过 {ProjectLimits.MaxAmount:0} 的数字" : $"0 到 {ProjectLimits.MaxAmount:0} 之间的数字";
        if (!decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0 || (positive && value == 0) || value > ProjectLimits.MaxAmount)
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」应为{range}（单位：亿元），收到「{text.Trim()}」。");
            return null;
        }

        if (decimal.Round(value, ProjectLimits.AmountDecimals) != value)
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」最多保留 {ProjectLimits.AmountDecimals} 位小数（精确到万元），收到「{text.Trim()}」。");
            return null;
        }

        return value;
    }

    public int? Count(string text, string field, int max)
    {
        if (text.Trim().Length == 0)
        {
            return 0;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0 || value > max)
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」应为 0 到 {max} 之间的整数，收到「{text.Trim()}」。");
            return null;
        }

        return value;
    }

    public double? Number(string text, string field, double max)
    {
        if (text.Trim().Length == 0)
        {
            return 0;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0 || value > max)
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」应为 0 到 {max} 之间的数字，收到「{text.Trim()}」。");
            return null;
        }

        return value;
    }

    /// <summary>A day something happened: not before <see cref="ProjectLimits.EarliestDate"/>, not after today (China time).</summary>
    public DateOnly? PastDate(string text, string field) => Date(text, field, today);

    /// <summary>A day something is due or planned: up to <see cref="ProjectLimits.MaxDaysAhead"/> days ahead.</summary>
    public DateOnly? AnyDate(string text, string field) => Date(text, field, today.AddDays(ProjectLimits.MaxDaysAhead));

    public T? Code<T>(string text, string field) where T : struct, Enum
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (!ProjectLabels.TryParse<T>(text, out var value))
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」应为{ProjectLabels.Choices<T>()}之一，收到「{text.Trim()}」。");
            return null;
        }

        return value;
    }

    public IReadOnlyList<ProjectCategory> Categories(string text, string field)
    {
        var result = new SortedSet<ProjectCategory>();
        foreach (var word in text.Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ProjectLabels.TryParse<ProjectCategory>(word, out var category))
            {
                result.Add(category);
            }
            else
            {
                errors.Add(field, $"「{ProjectFieldNames.Of(field)}」中的「{word}」不是已知类别；类别为{ProjectLabels.Choices<ProjectCategory>()}。");
            }
        }

        return result.ToArray();
    }

    private DateOnly? Date(string text, string field, DateOnly latest)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (!ChinaTime.TryParseDate(text, out var day))
        {
            errors.Add(field, $"「{ProjectFieldNames.Of(field)}」应为日期，如 {ChinaTime.Format(today)}，收到「{text.Trim()}」。");
            return null;
        }

        if (day < ProjectLimits.EarliestDate || day > latest)
        {
            errors.Add(field, day > today && latest == today
                ? $"「{ProjectFieldNames.Of(field)}」不能晚于今天（{ChinaTime.Format(today)}），收到「{ChinaTime.Format(day)}」。"
                : $"「{ProjectFieldNames.Of(field)}」应在 {ChinaTime.Format(ProjectLimits.EarliestDate)} 到 {ChinaTime.Format(latest)} 之间，收到「{ChinaTime.Format(day)}」。");
            return null;
        }

        return day;
    }
}
