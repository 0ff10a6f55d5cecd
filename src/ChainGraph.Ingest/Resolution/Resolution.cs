using ChainGraph.Core.Model;

namespace ChainGraph.Ingest.Resolution;

/// <summary>The outcome of resolving one name: the node it is (or null), how, and how sure (0..1).</summary>
public sealed record Resolution(NodeRef? Node, MatchKind Kind, double Confidence, IReadOnlyList<NodeRef> Alternatives)
{
    public static Resolution NotFound { get; } = new(null, MatchKind.None, 0, []);

    public bool IsMatch => Node is not null;
}
