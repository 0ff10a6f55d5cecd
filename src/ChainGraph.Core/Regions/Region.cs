namespace ChainGraph.Core.Regions;

/// <summary>One administrative division (GB/T 2260): province (level 1), prefecture city (2) or county (3).</summary>
public sealed record Region(string Code, string Name, int Level, string? ParentCode)
{
    /// <summary>The name without its administrative suffix (天津市 → 天津, 邵阳市 → 邵阳), used to match place prefixes.</summary>
    public string ShortName { get; init; } = Name;
}
