using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>Quality tags on the enterprise node: 上市, 专精特新/高新技术, 500强/央企/独角兽, and the tag count.</summary>
public sealed class QualityTagFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["tag_listed", "tag_specialized", "tag_leading", "tag_count"];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var tags = state.Graph.Snapshot.Node(candidate).Tags;
        values[0] = tags.Contains(EnterpriseTags.Listed) ? 1 : 0;
        values[1] = tags.Contains(EnterpriseTags.Specialized) || tags.Contains(EnterpriseTags.HighTech) ? 1 : 0;
        values[2] = tags.Contains(EnterpriseTags.Fortune500) || tags.Contains(EnterpriseTags.CentralSoe) || tags.Contains(EnterpriseTags.Unicorn) ? 1 : 0;
        values[3] = tags.Length;
    }

    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        var tags = state.Graph.Snapshot.Node(candidate).Tags;
        return feature switch
        {
            0 when value > 0 => "上市企业",
            1 when value > 0 => tags.Contains(EnterpriseTags.Specialized) ? "专精特新企业" : "高新技术企业",
            2 when value > 0 => tags.FirstOrDefault(t => t is EnterpriseTags.Fortune500 or EnterpriseTags.CentralSoe or EnterpriseTags.Unicorn) + "企业",
            _ => null,
        };
    }
}
