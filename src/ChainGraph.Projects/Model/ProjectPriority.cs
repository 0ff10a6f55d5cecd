namespace ChainGraph.Projects.Model;

/// <summary>重点项目分级 (Dongli 2024: 重点项目分级分类管理, 专班专员跟进).</summary>
public enum ProjectPriority
{
    /// <summary>一般项目.</summary>
    Normal,

    /// <summary>重点项目: followed by a 专班, updated every 旬.</summary>
    Key,

    /// <summary>重大项目: key, and coordinated by the district's leaders.</summary>
    Major,
}
