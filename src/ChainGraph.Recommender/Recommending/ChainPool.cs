namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The enterprises a query may rank, grounded in the chain: for a gap segment those placed in it; for an anchor
/// those placed in the segments that feed (or are fed by) its segments and the makers of its products' inputs (or
/// users of its products). <see cref="Scope"/> says in Chinese where the pool comes from; <see cref="Gap"/> why it is
/// empty when nothing in the template or the data grounds the query.
/// </summary>
public sealed class ChainPool(IReadOnlyDictionary<int, ChainLink> members, IReadOnlyList<string> scope, string? gap)
{
    public IReadOnlyDictionary<int, ChainLink> Members { get; } = members;

    public IReadOnlyList<string> Scope { get; } = scope;

    public string? Gap { get; } = gap;
}
