using ChainGraph.Core.Graph;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Turns a candidate's SHAP contributions into reasons: the features that pushed its score up most,
/// each worded by its family, and the evidence facts of those families (with source and date).
/// </summary>
internal static class Explainer
{
    public static (IReadOnlyList<RecommendationReason> Reasons, IReadOnlyList<EvidenceFact> Evidence) Explain(
        FeatureSet features, QueryState state, int candidate, ReadOnlySpan<float> values, ReadOnlySpan<float> contributions, RecommendOptions options)
    {
        var shap = contributions.ToArray();
        var order = Enumerable.Range(0, features.Count).Where(i => shap[i] > 0).OrderByDescending(i => shap[i]).ThenBy(i => i).ToArray();
        var reasons = new List<RecommendationReason>();
        var families = new List<int>();
        foreach (var column in order)
        {
            var (family, index) = features.Owners[column];
            if (features.Families[family].Reason(state, candidate, index, values[column]) is { } text && reasons.All(r => r.Text != text))
            {
                reasons.Add(new RecommendationReason(features.Names[column], text, contributions[column]));
                if (!families.Contains(family))
                {
                    families.Add(family);
                }
            }

            if (reasons.Count >= options.Reasons)
            {
                break;
            }
        }

        var g = state.Graph.Snapshot;
        var evidence = families.SelectMany(f => features.Families[f].Evidence(state, candidate))
            .Distinct()
            .Take(options.Evidence)
            .Select(e => Fact(g, e))
            .ToArray();
        return (reasons, evidence);
    }

    private static EvidenceFact Fact(GraphSnapshot g, int e)
    {
        var (from, to) = (g.EdgeFrom(e), g.EdgeTo(e));
        var provenance = g.EdgeProvenance(e);
        return new EvidenceFact(FeatureText.Relation(g.EdgeType(e)), g.Node(from).Ref, g.Name(from), g.Node(to).Ref, g.Name(to), g.EdgeSince(e), provenance.Source, provenance.Reference);
    }
}
