namespace ChainGraph.Core.Chains;

/// <summary>
/// The chain lead's home region (section <c>ChainGraph:HomeRegion</c>). The default is 天津市东丽区,
/// compared at city level (天津市) because a district has few listed firms; <c>--region</c> on a
/// command overrides <see cref="Region"/>.
/// </summary>
public sealed class HomeRegionOptions
{
    public const string Section = "ChainGraph:HomeRegion";

    /// <summary>A region name as written in plans: 天津市东丽区, 天津市, 山东省聊城市, 东丽区.</summary>
    public string Region { get; set; } = "天津市东丽区";

    /// <summary>The level local enterprises are counted at: <c>province</c>, <c>city</c> or <c>county</c>.</summary>
    public string CompareLevel { get; set; } = "city";

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Region))
        {
            throw new InvalidOperationException($"{Section}:Region is empty; set it to a region name such as 天津市东丽区.");
        }

        if (CompareLevel is not ("province" or "city" or "county"))
        {
            throw new InvalidOperationException($"{Section}:CompareLevel is '{CompareLevel}'; it must be 'province', 'city' or 'county'.");
        }
    }
}
