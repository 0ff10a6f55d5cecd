using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Targets;

/// <summary>One ranked target as shown, saved and exported: who, where, how big, score, reasons, evidence.</summary>
public sealed record TargetRow(
    int Rank,
    string Key,
    string Name,
    string? Province,
    string? City,
    IReadOnlyList<string> Tags,
    SizeClass Size,
    string SizeBasis,
    double Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<TargetRow.EvidenceLine> Evidence)
{
    /// <summary>ST, *ST or 退市 when the listing name carries the flag.</summary>
    public string? Risk { get; init; }

    /// <summary>The enterprise's plant or subsidiary already in the home region (shown only when the request included those).</summary>
    public string? LocalPresence { get; init; }

    /// <summary>匹配度 0–100 for display (<see cref="MatchScore"/>); the ranking is by <see cref="Score"/>.</summary>
    public int Match => MatchScore.FromMargin(Score);

    /// <summary>The stock or credit code shown beside the name; null for enterprises the graph knows only by name.</summary>
    public string? Code => EnterpriseCodes.Display(Key);

    /// <summary>A fact behind the recommendation in words, with where it came from: <c>Source</c> a readable title, <c>Reference</c> the raw record.</summary>
    public sealed record EvidenceLine(string Text, string Source, string? Reference);
}
