namespace ChainGraph.Projects.Model;

/// <summary>Where a project's lead came from.</summary>
public enum ProjectOrigin
{
    /// <summary>手工录入.</summary>
    Manual,

    /// <summary>招商目标名单: a row of a target list (gap segment or anchor).</summary>
    TargetList,

    /// <summary>对接会: an attendee of a chain-matching event.</summary>
    Event,

    /// <summary>企业画像: an enterprise profile.</summary>
    Profile,
}
