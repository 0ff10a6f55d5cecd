namespace ChainGraph.Recommender.Features;

/// <summary>
/// Settings the feature families share (section <c>ChainGraph:Recommender:Features</c>): region
/// preferences and named limits on graph walks.
/// </summary>
public sealed class FeatureSettings
{
    public const string Section = "ChainGraph:Recommender:Features";

    /// <summary>
    /// Preferred regions: a name and the provinces it covers. Defaults follow the Dongli plan's target
    /// regions: 北京, 长三角 (上海/江苏/浙江/安徽), 粤港澳 (广东/香港/澳门).
    /// </summary>
    public Dictionary<string, string[]> PreferredRegions { get; set; } = new()
    {
        ["北京"] = ["北京市"],
        ["长三角"] = ["上海市", "江苏省", "浙江省", "安徽省"],
        ["粤港澳"] = ["广东省", "香港特别行政区", "澳门特别行政区"],
    };

    /// <summary>Restart probability of personalized PageRank (0.15 as in Page et al. 1999).</summary>
    public double PageRankRestart { get; set; } = 0.15;

    /// <summary>Push tolerance of the approximate PageRank; smaller is more exact and slower.</summary>
    public double PageRankTolerance { get; set; } = 1e-4;

    /// <summary>Hubs above this degree are not counted as common neighbours nor in Adamic–Adar (an industry shared by thousands says little).</summary>
    public int MaxHubDegree { get; set; } = 5000;

    /// <summary>
    /// Neighbour visits one step of a supply-path walk may make (<see cref="QueryState.SupplyPaths"/>). A walk
    /// that reaches hubs of thousands of partners would otherwise touch most of a city-scale graph by its
    /// third step; past the budget the frontier is expanded heaviest first, so the strongest paths are
    /// always counted. The demo's walks stay far below it (they are exact there).
    /// </summary>
    public int MaxWalkExpansions { get; set; } = 200_000;

    public const int MinWalkExpansions = 1_000;

    public void Validate()
    {
        if (MaxWalkExpansions < MinWalkExpansions)
        {
            throw new InvalidOperationException($"MaxWalkExpansions is {MaxWalkExpansions}; it must be at least {MinWalkExpansions:N0}.");
        }

        if (PageRankRestart is <= 0 or >= 1)
        {
            throw new InvalidOperationException($"PageRankRestart is {PageRankRestart}; it must be within (0, 1), e.g. 0.15.");
        }

        if (PageRankTolerance is <= 0 or > 0.01)
        {
            throw new InvalidOperationException($"PageRankTolerance is {PageRankTolerance}; it must be within (0, 0.01], e.g. 1e-4.");
        }

        if (MaxHubDegree < 1)
        {
            throw new InvalidOperationException($"MaxHubDegree is {MaxHubDegree}; it must be at least 1.");
        }
    }
}
