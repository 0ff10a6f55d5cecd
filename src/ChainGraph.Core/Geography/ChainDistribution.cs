using ChainGraph.Core.Chains;

namespace ChainGraph.Core.Geography;

/// <summary>
/// Where the enterprises of a chain, or of one of its segments, are: per province, or per city inside one
/// province (per district inside 北京/天津/上海/重庆). <see cref="Enterprises"/> and <see cref="Weight"/> are the
/// national totals the shares are taken of; <see cref="Unlocated"/> of them have no known location (in a
/// drill-down: no known city). Regions are ordered by count, then weight, then code.
/// </summary>
public sealed record ChainDistribution(
    string ChainId,
    string ChainName,
    string? SegmentId,
    string? SegmentName,
    HomeRegion Home,
    string Level,
    string? WithinCode,
    string? WithinName,
    int Enterprises,
    double Weight,
    int Unlocated,
    IReadOnlyList<RegionFigures> Regions)
{
    public const string ProvinceLevel = "province";
    public const string CityLevel = "city";
    public const string CountyLevel = "county";

    /// <summary>The region with this GB/T 2260 code or name, or null.</summary>
    public RegionFigures? FindRegion(string codeOrName) =>
        Regions.FirstOrDefault(r => r.Code == codeOrName || r.Name == codeOrName)
        ?? Regions.FirstOrDefault(r => r.Name.StartsWith(codeOrName, StringComparison.Ordinal));
}
