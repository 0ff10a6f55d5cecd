using System.Globalization;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Site;

/// <summary>
/// Times as the home region reads them (<see cref="ChainGraphWebOptions.TimeZone"/>, default Asia/Shanghai, 北京时间):
/// stored times stay UTC; pages, briefings and exports show them in this zone, saying which.
/// </summary>
public sealed class SiteTime(ChainGraphWebOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    /// <summary>The IANA id the pages format times with (<c>Intl.DateTimeFormat</c>).</summary>
    public string ZoneId => options.TimeZone;

    /// <summary>How the zone is named beside a time: 北京时间 for China's zone, else its id.</summary>
    public string ZoneName => options.TimeZone is "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "Asia/Urumqi" or "PRC" ? "北京时间" : options.TimeZone;

    public DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, _zone);

    /// <summary>e.g. 2026-12-08 14:05（北京时间）.</summary>
    public string Format(DateTimeOffset time) => ToLocal(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $"（{ZoneName}）";
}
