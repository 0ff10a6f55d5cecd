namespace ChainGraph.Web.Targets;

/// <summary>
/// Enterprise size for the 招商目标 filter (<see cref="EnterpriseSize"/>): from registered capital when the data has it,
/// otherwise estimated (估算) from what the graph holds; <see cref="Unknown"/> when nothing in the data says.
/// </summary>
public enum SizeClass
{
    Small,
    Medium,
    Large,
    Unknown,
}
