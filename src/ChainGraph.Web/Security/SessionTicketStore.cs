using ChainGraph.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ChainGraph.Web.Security;

/// <summary>
/// Keeps sign-ins on the server (<see cref="SessionStore"/>): the cookie carries only a session key. A session
/// ends when its row goes (logout, password change, account removed), so a copied or stolen cookie stops
/// working then; and the principal is rebuilt from the account as it is now on every request.
/// </summary>
internal sealed class SessionTicketStore(SessionStore sessions, TimeProvider clock) : ITicketStore
{
    /// <summary>Used when a ticket carries no expiry (it always does from the cookie handler).</summary>
    private static readonly TimeSpan s_fallbackLifetime = TimeSpan.FromHours(8);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var userName = ticket.Principal.Identity?.Name ?? throw new InvalidOperationException("A sign-in ticket without a user name cannot start a session.");
        return await sessions.CreateAsync(userName, TicketSerializer.Default.Serialize(ticket), Expiry(ticket), cancellationToken)
            ?? throw new InvalidOperationException($"The account '{userName}' was removed while signing in.");
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        sessions.RenewAsync(key, TicketSerializer.Default.Serialize(ticket), Expiry(ticket), cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        if (await sessions.FindAsync(key, cancellationToken) is not { } session || TicketSerializer.Default.Deserialize(session.Ticket) is not { } stored)
        {
            return null;
        }

        return new AuthenticationTicket(AccountClaims.ToPrincipal(session.Account, CookieAuthenticationDefaults.AuthenticationScheme), stored.Properties, stored.AuthenticationScheme);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => sessions.RemoveAsync(key, cancellationToken);

    private DateTimeOffset Expiry(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + s_fallbackLifetime;
}
