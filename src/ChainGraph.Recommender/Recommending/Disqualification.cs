namespace ChainGraph.Recommender.Recommending;

/// <summary>Why an enterprise of a chain-grounded pool is not shown as a target.</summary>
public enum Disqualification
{
    /// <summary>A duplicate node of a company shown under its own key.</summary>
    Duplicate,

    /// <summary>Not a company: a university, agency, hospital or a phrase such as 中国供应商.</summary>
    NotCompany,

    /// <summary>Already in the home region.</summary>
    Local,

    /// <summary>Registered outside mainland China, or where is unknown.</summary>
    OutsideMainland,

    /// <summary>Already has a plant or subsidiary in the home region.</summary>
    LocalPresence,

    /// <summary>Risk-flagged (ST, *ST, 退市) and the request excludes those.</summary>
    Risk,
}
