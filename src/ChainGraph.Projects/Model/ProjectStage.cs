namespace ChainGraph.Projects.Model;

/// <summary>
/// Where a project stands, in pipeline order: the stages the plans name (Dongli 2024: 洽谈、推动、落地、投产、运营;
/// Tianjin 2020: 前期在谈、签约注册、资金到位、开建开业; Youxian: 接洽、协议谈判、签约). <see cref="Terminated"/> (终止)
/// ends a project at any stage, with a reason.
/// </summary>
public enum ProjectStage
{
    /// <summary>线索: a target worth approaching (e.g. from a target list).</summary>
    Lead,

    /// <summary>接洽: first contact made.</summary>
    Contact,

    /// <summary>洽谈: negotiating an agreement.</summary>
    Negotiation,

    /// <summary>签约: agreement signed.</summary>
    Signed,

    /// <summary>注册: company registered locally (落地).</summary>
    Registered,

    /// <summary>开工: construction or fit-out started.</summary>
    Started,

    /// <summary>投产: production started.</summary>
    Producing,

    /// <summary>运营: in regular operation.</summary>
    Operating,

    /// <summary>终止: ended without (further) success.</summary>
    Terminated,
}
