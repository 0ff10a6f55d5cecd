using ChainGraph.Core.Graph;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Turns a candidate's score into reasons a chain lead can repeat. The first is the chain reason (why the candidate
/// is in the pool, with the chain term it adds to the score and its evidence); then the model features whose SHAP
/// contributions pushed the score up most, each worded by its family and shown only with the facts behind it. A
/// reason without evidence (a bare tag, a closeness without a path) is not shown.
/// </summary>
internal static class Explainer
{
    public static (IReadOnlyList<RecommendationReason> Reasons, IReadOnlyList<EvidenceFact> Evidence) Explain(
        FeatureSet features, QueryState state, int candidate, ReadOnlySpan<float> values, ReadOnlySpan<float> contributions,
        ChainLink chain, double chainTerm, RecommendOptions options)
    {
        var g = state.Graph.Snapshot;
        var reasons = new List<RecommendationReason>
        {
            new(RecommendationReason.ChainFeature, chain.Text, chainTerm) { Evidence = chain.Edges.Take(options.Evidence).Select(e => Fact(g, e)).ToArray() },
        };
        var shap = contributions.ToArray();
        var order = Enumerable.Range(0, features.Count).Where(i => shap[i] > 0).OrderByDescending(i => shap[i]).ThenBy(i => i).ToArray();
        foreach (var column in order)
        {
            if (reasons.Count >= options.Reasons)
            {
                break;
            }

            var (family, index) = features.Owners[column];
            if (features.Families[family].Reason(state, candidate, index, values[column]) is not { } text || reasons.Any(r => r.Text == text))
            {
                continue;
            }

            var facts = features.Families[family].Evidence(state, candidate).Distinct().Take(options.Evidence).Select(e => Fact(g, e)).ToArray();
            if (facts.Length > 0)
            {
                reasons.Add(new RecommendationReason(features.Names[column], text, contributions[column]) { Evidence = facts });
            }
        }

        var evidence = reasons.SelectMany(r => r.Evidence).Distinct().Take(options.Evidence).ToArray();
        return (reasons, evidence);
    }

    private static EvidenceFact Fact(GraphSnapshot g, int e)
    {
        var (from, to) = (g.EdgeFrom(e), g.EdgeTo(e));
        var provenance = g.EdgeProvenance(e);
        return new EvidenceFact(FeatureText.Relation(g.EdgeType(e)), g.Node(from).Ref, g.Name(from), g.Node(to).Ref, g.Name(to), g.EdgeSince(e), provenance.Source, provenance.Reference);
    }
}
