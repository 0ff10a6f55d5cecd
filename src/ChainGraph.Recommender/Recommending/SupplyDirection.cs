namespace ChainGraph.Recommender.Recommending;

/// <summary>Which side of an anchor the targets should sit on.</summary>
public enum SupplyDirection
{
    /// <summary>Suppliers of the anchor (they would supply it).</summary>
    Upstream,

    /// <summary>Customers of the anchor (it would supply them).</summary>
    Downstream,
}
