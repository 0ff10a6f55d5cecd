namespace ChainGraph.Accounts;

/// <summary>The names of <see cref="AccountRole"/>: a stored code (admin, lead, readonly) and the Chinese label users read.</summary>
public static class AccountRoles
{
    public static string Code(this AccountRole role) => role switch
    {
        AccountRole.Admin => "admin",
        AccountRole.Lead => "lead",
        _ => "readonly",
    };

    public static string Label(this AccountRole role) => role switch
    {
        AccountRole.Admin => "管理员",
        AccountRole.Lead => "链长/专班",
        _ => "只读",
    };

    /// <summary>Accepts the code or the Chinese label (管理员, 链长, 专班, 链长/专班, 只读), any case.</summary>
    public static bool TryParse(string? text, out AccountRole role)
    {
        role = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "admin" or "管理员" => AccountRole.Admin,
            "lead" or "链长" or "专班" or "链长/专班" => AccountRole.Lead,
            "readonly" or "read-only" or "只读" => AccountRole.ReadOnly,
            _ => (AccountRole)(-1),
        };
        return Enum.IsDefined(role);
    }

    /// <summary>The stored code read back; an unknown code (a newer version's role) grants nothing.</summary>
    public static AccountRole FromCode(string code) => TryParse(code, out var role) ? role : AccountRole.ReadOnly;
}
