namespace ChainGraph.Accounts;

/// <summary>What an account may do. The three roles of the chain-lead system (产业链链长制) as the plan describes it.</summary>
public enum AccountRole
{
    /// <summary>管理员: manages accounts and settings; writes to every chain (lists, events, map corrections).</summary>
    Admin,

    /// <summary>链长/专班: a chain lead or a chain's task force; writes to the chains the account is scoped to.</summary>
    Lead,

    /// <summary>只读: browses maps, targets, lists, events and briefings; writes nothing.</summary>
    ReadOnly,
}
