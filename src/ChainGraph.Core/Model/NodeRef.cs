namespace ChainGraph.Core.Model;

/// <summary>The natural key of a node: its label and its key within that label.</summary>
public readonly record struct NodeRef(NodeKind Kind, string Key)
{
    public override string ToString() => $"{Kind}:{Key}";
}
