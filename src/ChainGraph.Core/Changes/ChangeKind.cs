namespace ChainGraph.Core.Changes;

/// <summary>Whether a fact is in the later snapshot only (<see cref="Added"/>) or in the earlier one only (<see cref="Ended"/>).</summary>
public enum ChangeKind
{
    Added,
    Ended,
}
