namespace ChainGraph.Core.Regions;

/// <summary>Where an enterprise sits, as far as it could be derived; any level may be unknown (null).</summary>
public sealed record RegionLocation(Region? Province, Region? City, Region? County)
{
    public static RegionLocation Unknown { get; } = new(null, null, null);

    public bool IsKnown => Province is not null;

    /// <summary>The most specific region known.</summary>
    public Region? MostSpecific => County ?? City ?? Province;
}
