namespace ChainGraph.Projects.Model;

/// <summary>What a project does for its chain (the plans' 补链、延链、强链).</summary>
public enum ChainRole
{
    /// <summary>补链: fills a missing or weak segment.</summary>
    Fill,

    /// <summary>延链: extends the chain up- or downstream of a local anchor.</summary>
    Extend,

    /// <summary>强链: strengthens a segment the region is already strong in.</summary>
    Strengthen,
}
