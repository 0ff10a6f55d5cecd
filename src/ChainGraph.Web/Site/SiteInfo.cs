namespace ChainGraph.Web.Site;

/// <summary>
/// What every page shows around its content: the home region, the time zone times are shown in, how fresh the data
/// is (<see cref="DataAsOf"/>: the latest dated fact in the graph; <see cref="FetchedAt"/>: when the newest data was
/// taken from its source), and which optional features this installation has.
/// </summary>
public sealed record SiteInfo(
    string Region,
    string CompareName,
    string TimeZone,
    string TimeZoneName,
    DateOnly? DataAsOf,
    DateTimeOffset? FetchedAt,
    bool PdfAvailable,
    bool BrowsingNeedsSignIn);
