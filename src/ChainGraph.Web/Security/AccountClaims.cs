using System.Security.Claims;
using ChainGraph.Accounts;

namespace ChainGraph.Web.Security;

/// <summary>
/// An <see cref="Account"/> as claims of the signed-in principal and back. The claims are rebuilt from the
/// account store on every request (<see cref="SessionTicketStore"/>), so a role or scope change applies at once.
/// </summary>
public static class AccountClaims
{
    public const string DisplayName = "display_name";
    public const string Chain = "chain";

    public static ClaimsPrincipal ToPrincipal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.UserName),
            new(DisplayName, account.DisplayName),
            new(ClaimTypes.Role, account.Role.Code()),
        };
        claims.AddRange(account.Chains.Select(chain => new Claim(Chain, chain)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The signed-in account, or null for an anonymous request.</summary>
    public static Account? ToAccount(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, Name: { } name }
        ? new Account(
            name,
            user.FindFirstValue(DisplayName) ?? name,
            AccountRoles.FromCode(user.FindFirstValue(ClaimTypes.Role) ?? ""),
            user.FindAll(Chain).Select(c => c.Value).ToArray())
        : null;
}
