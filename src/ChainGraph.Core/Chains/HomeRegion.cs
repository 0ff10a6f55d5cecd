namespace ChainGraph.Core.Chains;

/// <summary>
/// The home region resolved against the Region nodes of the graph: the name the user gave, and the
/// region local enterprises are counted in (<see cref="CompareName"/>, GB/T 2260 <see cref="CompareCode"/>).
/// An enterprise is local when its region code starts with <see cref="CompareCode"/>.
/// </summary>
public sealed record HomeRegion(string Name, string Code, string CompareName, string CompareCode, string CompareLevel)
{
    public bool Contains(string? regionCode) => regionCode is not null && regionCode.StartsWith(CompareCode, StringComparison.Ordinal);
}
