namespace ChainGraph.Web.Targets;

/// <summary>
/// Enterprise size for the 招商目标 filter. From registered capital when the data has it; otherwise estimated
/// from the number of business relationships in the graph (the demo data carries no capital figures).
/// </summary>
public enum SizeClass
{
    Small,
    Medium,
    Large,
}
