namespace ChainGraph.Core.Graph;

/// <summary>Which side of a relationship to follow.</summary>
public enum Direction
{
    Out,
    In,
    Both,
}
