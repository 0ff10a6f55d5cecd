using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Store.Tests.Contract;

/// <summary>Building blocks of the contract tests. Keys carry a per-test token so a shared server database keeps tests apart.</summary>
public abstract partial class GraphStoreContract
{
    protected static readonly DateTimeOffset FetchedAt = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>Unique per test instance (xunit creates one instance per test).</summary>
    protected string Token { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

    protected static Provenance Source(string reference = "demo.jsonl:1") => new("contract-test", reference, FetchedAt);

    protected GraphNode Enterprise(string key, string name, params string[] tags) =>
        new GraphNode(NodeKind.Enterprise, $"{Token}-{key}", name, Source()).WithTags(tags);

    protected GraphNode Node(NodeKind kind, string key, string name) => new(kind, $"{Token}-{key}", name, Source());

    protected static GraphEdge Edge(RelType type, GraphNode from, GraphNode to, string qualifier = "", DateOnly? since = null, double? weight = null) =>
        new(type, from.Ref, to.Ref, Source()) { Qualifier = qualifier, Since = since, Weight = weight };

    protected static GraphBatch Batch(IReadOnlyList<GraphNode> nodes, params GraphEdge[] edges) => new("contract", nodes, edges);

    protected bool Mine(NodeRef node) => node.Key.StartsWith(Token, StringComparison.Ordinal);
}
