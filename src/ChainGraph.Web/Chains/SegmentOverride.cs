namespace ChainGraph.Web.Chains;

/// <summary>A chain lead's correction made in the web app: pin an enterprise into a segment (with a weight) or remove it.</summary>
public sealed record SegmentOverride(string ChainId, string SegmentId, string EnterpriseKey, string Action, double Weight, string Reason, string CreatedBy, DateTimeOffset CreatedAt);
