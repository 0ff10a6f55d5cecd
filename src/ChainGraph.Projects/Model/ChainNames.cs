using ChainGraph.Core.Chains;

namespace ChainGraph.Projects.Model;

/// <summary>Chain and segment ids of projects as people read them (nev → 新一代汽车技术, power-battery → 动力电池).</summary>
public sealed class ChainNames(IChainMapService chains)
{
    public string Chain(string? chainId) => chainId is null ? "" : chains.Chains.FirstOrDefault(c => c.Id == chainId)?.Name ?? chainId;

    public string Segment(string? chainId, string? segmentId) => segmentId is null
        ? ""
        : chains.Chains.FirstOrDefault(c => c.Id == chainId)?.Segments.FirstOrDefault(s => s.Id == segmentId)?.Name ?? segmentId;

    /// <summary>新一代汽车技术 · 动力电池, or just the chain, or empty.</summary>
    public string Place(Project project)
    {
        var chain = Chain(project.Chain);
        var segment = Segment(project.Chain, project.Segment);
        return segment.Length == 0 ? chain : $"{chain} · {segment}";
    }
}
