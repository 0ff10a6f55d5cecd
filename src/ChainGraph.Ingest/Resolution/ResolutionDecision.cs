namespace ChainGraph.Ingest.Resolution;

/// <summary>A resolution with the verdict of the confidence threshold.</summary>
public sealed record ResolutionDecision(ResolutionVerdict Verdict, Resolution Resolution)
{
    /// <summary>The candidates a person should look at: the match, or the alternatives.</summary>
    public IReadOnlyList<ChainGraph.Core.Model.NodeRef> Candidates =>
        Resolution.Node is { } node ? [node] : Resolution.Alternatives;
}
