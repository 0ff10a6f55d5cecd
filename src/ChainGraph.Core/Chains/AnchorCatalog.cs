namespace ChainGraph.Core.Chains;

/// <summary>The anchors of a plan with the plan's title and reference (the provenance of every anchor fact).</summary>
public sealed record AnchorCatalog(string File, string Source, string Reference, IReadOnlyList<AnchorDefinition> Anchors);
