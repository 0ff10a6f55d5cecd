namespace ChainGraph.Core.Model;

/// <summary>Relationship types of the chain graph; graph-schema/schema.md is the single source of truth.</summary>
public enum RelType
{
    /// <summary>Segment→Chain, Segment→Segment (child to parent), Region→Region, Industry→Industry.</summary>
    PartOf,
    /// <summary>Segment→Segment: the upstream segment supplies the downstream one.</summary>
    Feeds,
    /// <summary>Enterprise→Segment with a placement weight.</summary>
    InSegment,
    /// <summary>Enterprise→Chain: the enterprise is an anchor (链主/龙头) of the chain.</summary>
    Anchors,
    Supplies,
    Cooperates,
    Invests,
    Controls,
    Competes,
    JointVenture,
    Acquires,
    /// <summary>Enterprise→Industry: belongs to (归属于行业).</summary>
    InIndustry,
    /// <summary>Enterprise→Industry: active in (涉足行业).</summary>
    ActiveIn,
    /// <summary>Enterprise→Product with revenue share.</summary>
    Makes,
    /// <summary>Product→Product, Industry→Industry: the source is an upstream input of the target.</summary>
    UpstreamOf,
    /// <summary>Product→Product: the source is a sub-product (产品小类) of the target; Industry→Product/Enterprise (包含).</summary>
    Contains,
    LocatedIn,
    Portfolio,
    Attends,
    HoldsPatent,
    /// <summary>Patent→Product: produced on the basis of the patent (基于专利生产).</summary>
    BasedOnPatent,
    /// <summary>Source→any: a policy document or page names the entity.</summary>
    Mentions,
}
