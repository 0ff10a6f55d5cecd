namespace ChainGraph.Accounts;

/// <summary>An account as the app knows it: who, what role, and for a 链长/专班 the chains (ids) it may write to.</summary>
public sealed record Account(string UserName, string DisplayName, AccountRole Role, IReadOnlyList<string> Chains)
{
    public bool IsAdmin => Role == AccountRole.Admin;

    /// <summary>
    /// The chain-scope rule, the one place it is written: 管理员 writes to every chain, 链长/专班 to the chains
    /// of its scope, 只读 to none. "Write" covers saved lists, events and map corrections (overrides) of the chain.
    /// </summary>
    public bool CanWrite(string chainId) => Role switch
    {
        AccountRole.Admin => true,
        AccountRole.Lead => Chains.Contains(chainId, StringComparer.OrdinalIgnoreCase),
        _ => false,
    };
}
