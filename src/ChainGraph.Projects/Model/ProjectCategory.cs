namespace ChainGraph.Projects.Model;

/// <summary>
/// The kinds of project the year targets count separately (Dongli 2024: 制造业实体项目, 服务业实体项目,
/// 京冀优质项目, 央企投资项目, 国高新/专精特新/科技领军企业投资项目; the plans also chase 500强).
/// </summary>
public enum ProjectCategory
{
    /// <summary>制造业实体: a manufacturing project that operates on site.</summary>
    Manufacturing,

    /// <summary>服务业实体: a service project that operates on site.</summary>
    Services,

    /// <summary>京冀: the investor comes from Beijing or Hebei.</summary>
    BeijingHebei,

    /// <summary>央企: invested by a central state-owned enterprise.</summary>
    CentralSoe,

    /// <summary>500强: invested by a Fortune Global or China 500 company.</summary>
    Fortune500,

    /// <summary>科技型: invested by a 国家高新技术企业, 专精特新 or 科技领军 enterprise.</summary>
    Tech,
}
