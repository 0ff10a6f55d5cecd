using System.Collections.Frozen;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Ickg;

/// <summary>The ICKG relation names (Chinese, as in relation2id.txt) and the graph relationship each becomes.</summary>
public static class IckgRelations
{
    public const string Supplies = "供给";
    public const string UpstreamOf = "上游于";
    public const string Contains = "包含";
    public const string Cooperates = "合作";
    public const string JointVenture = "合资";
    public const string Acquires = "并购";
    public const string InIndustry = "归属于行业";
    public const string Invests = "投资";
    public const string HoldsPatent = "持有专利";
    public const string Controls = "母公司/控股";
    public const string ActiveIn = "涉足行业";
    public const string Competes = "竞争";
    public const string BasedOnPatent = "基于专利生产";

    private static readonly FrozenDictionary<string, RelType> s_types = new Dictionary<string, RelType>
    {
        [Supplies] = RelType.Supplies,
        [UpstreamOf] = RelType.UpstreamOf,
        [Contains] = RelType.Contains,
        [Cooperates] = RelType.Cooperates,
        [JointVenture] = RelType.JointVenture,
        [Acquires] = RelType.Acquires,
        [InIndustry] = RelType.InIndustry,
        [Invests] = RelType.Invests,
        [HoldsPatent] = RelType.HoldsPatent,
        [Controls] = RelType.Controls,
        [ActiveIn] = RelType.ActiveIn,
        [Competes] = RelType.Competes,
        [BasedOnPatent] = RelType.BasedOnPatent,
    }.ToFrozenDictionary();

    /// <summary>Relations between two companies (the business network).</summary>
    public static FrozenSet<string> CompanyToCompany { get; } = new[] { Supplies, Cooperates, JointVenture, Acquires, Invests, Controls, Competes }.ToFrozenSet();

    /// <summary>The relations the recommender is judged on by default.</summary>
    public static IReadOnlyList<string> DefaultTargets { get; } = [Supplies, Cooperates, Invests, JointVenture, Acquires];

    public static bool TryMap(string relation, out RelType type) => s_types.TryGetValue(relation, out type);

    public static IEnumerable<string> Known => s_types.Keys;
}
