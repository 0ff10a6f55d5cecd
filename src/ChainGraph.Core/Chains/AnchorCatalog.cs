namespace ChainGraph.Core.Chains;

/// <summary>The anchors of a plan with the plan's title and reference (the provenance of every anchor fact).</summary>
/// <remarks><see cref="PlanRegion"/> is the GB/T 2260 code of the district the plan governs: anchors it calls in-district count as local there even when registered elsewhere.</remarks>
public sealed record AnchorCatalog(string File, string Source, string Reference, string? PlanRegion, IReadOnlyList<AnchorDefinition> Anchors);
