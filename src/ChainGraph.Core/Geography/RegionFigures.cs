using System.Text.Json.Serialization;

namespace ChainGraph.Core.Geography;

/// <summary>
/// One region of a distribution: how many of the chain's (or segment's) enterprises sit there and their
/// placement weight, as shares of the national total in the graph. <see cref="IsHome"/> marks the region
/// that contains the home region (天津市 on the national map, 东丽区 inside 天津市).
/// </summary>
public sealed record RegionFigures(string Code, string Name, int Enterprises, double Weight, double Share, double WeightShare, bool IsHome)
{
    /// <summary>Node indices of the enterprises, heaviest first (the snapshot of the distribution's map).</summary>
    [JsonIgnore]
    public IReadOnlyList<int> EnterpriseNodes { get; init; } = [];

    /// <summary>The placement weight of each of <see cref="EnterpriseNodes"/>, in the same order.</summary>
    [JsonIgnore]
    public IReadOnlyList<double> EnterpriseWeights { get; init; } = [];
}
