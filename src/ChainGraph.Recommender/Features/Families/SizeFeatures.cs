using System.Globalization;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>Size proxies: registered capital (log, missing when unknown), number of products, number of patents held.</summary>
public sealed class SizeFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["registered_capital", "product_count", "patent_count"];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var node = state.Graph.Snapshot.Node(candidate);
        values[0] = double.TryParse(node.Property(EnterpriseProps.RegisteredCapital), NumberStyles.Float, CultureInfo.InvariantCulture, out var capital) && capital > 0
            ? (float)Math.Log(1 + capital)
            : float.NaN;
        values[1] = MathF.Log(1 + state.Graph.Products[candidate].Length);
        values[2] = MathF.Log(1 + state.Graph.RoleCount(candidate, RelType.HoldsPatent, asTail: false));
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) => feature switch
    {
        2 when value > 0 => $"持有{state.Graph.RoleCount(candidate, RelType.HoldsPatent, asTail: false)}项专利",
        1 when value > 0 => $"有{state.Graph.Products[candidate].Length}类主营产品",
        _ => null,
    };

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        return g.OutEdges(candidate).ToArray().Where(e => g.EdgeType(e) is RelType.HoldsPatent or RelType.Makes)
            .OrderByDescending(e => g.EdgeType(e) == RelType.HoldsPatent).ThenByDescending(e => g.EdgeWeight(e)).Take(2);
    }
}
