using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Geography;

/// <summary>One region of a distribution with its enterprises (the click on the 全国分布 map).</summary>
public sealed record RegionDetail(
    string ChainId,
    string ChainName,
    string? SegmentId,
    string? SegmentName,
    HomeRegion Home,
    string Code,
    string Name,
    int Enterprises,
    double Weight,
    double Share,
    double WeightShare,
    int NationalEnterprises,
    bool IsHome,
    IReadOnlyList<RegionDetail.EnterpriseView> EnterpriseList)
{
    /// <summary>At most this many enterprises are listed (heaviest first); <see cref="Enterprises"/> counts all.</summary>
    public const int MaxListed = 300;

    public sealed record EnterpriseView(string Key, string Name, string? Province, string? City, double Weight, bool IsAnchor, IReadOnlyList<string> Segments);
}
