namespace ChainGraph.Core.Ickg;

/// <summary>What an ICKG entity is, inferred from the relations it takes part in (the data set has no types).</summary>
public enum IckgEntityKind
{
    Company,
    Industry,
    Product,
    Patent,
}
