namespace ChainGraph.Core.Model;

/// <summary>Node labels of the chain graph; graph-schema/schema.md is the single source of truth.</summary>
public enum NodeKind
{
    Chain,
    Segment,
    Enterprise,
    Industry,
    Product,
    Region,
    Fund,
    Event,
    Patent,
    Source,
}
