namespace ChainGraph.Core.Model;

/// <summary>Well-known property names of Enterprise nodes (see graph-schema/schema.md).</summary>
public static class EnterpriseProps
{
    public const string FullName = "fullName";
    public const string StockCode = "stockCode";
    public const string CreditCode = "creditCode";
    public const string Exchange = "exchange";
    public const string ListDate = "listDate";
    public const string Founded = "founded";
    public const string RegisteredCapital = "registeredCapital";
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    /// <summary>The most specific GB/T 2260 code known for the enterprise.</summary>
    public const string RegionCode = "regionCode";
    /// <summary>How the location was derived: fullName, name, supplement, plan, unknown.</summary>
    public const string LocationBasis = "locationBasis";
    public const string Unknown = "unknown";
    /// <summary>On a duplicate node (another source's name for the same company): the key of the node it is.</summary>
    public const string SameAs = "sameAs";
}
