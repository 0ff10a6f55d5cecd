using System.Collections.Concurrent;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Security;

/// <summary>
/// Slows password guessing (OWASP Authentication Cheat Sheet, "account lockout" and "login throttling"): failed
/// sign-ins are counted per user name and per client address within a window; past the limit that name or address
/// is locked out for a while, the right password included. Unknown user names are counted like real ones, so a
/// lockout says nothing about whether an account exists. Kept in memory: a restart forgives, a lockout needs none.
/// </summary>
public sealed partial class SignInThrottle(ChainGraphWebOptions options, TimeProvider clock, ILogger<SignInThrottle> logger)
{
    /// <summary>Entries kept per table before expired ones are swept; a flood of distinct names cannot grow memory without end.</summary>
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Counter> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Counter> _clients = new(StringComparer.Ordinal);

    /// <summary>How long until this name and address may try again; null when they may now.</summary>
    public TimeSpan? RetryAfter(string userName, string client)
    {
        var now = clock.GetUtcNow();
        var until = new[] { Lock(_accounts, userName.Trim(), now), Lock(_clients, client, now) }.Max();
        return until > now ? until - now : null;
    }

    public void Failed(string userName, string client)
    {
        var now = clock.GetUtcNow();
        var name = userName.Trim();
        var accountFailures = Count(_accounts, name, options.SignInMaxFailuresPerAccount, now);
        var clientFailures = Count(_clients, client, options.SignInMaxFailuresPerClient, now);
        LogFailed(Printable(name), client, accountFailures, clientFailures);
        if (accountFailures == options.SignInMaxFailuresPerAccount)
        {
            LogLocked("user name", Printable(name), now + options.SignInLockout);
        }

        if (clientFailures == options.SignInMaxFailuresPerClient)
        {
            LogLocked("client", client, now + options.SignInLockout);
        }
    }

    /// <summary>A successful sign-in clears the name's failures (not the address's: it may be guessing other names).</summary>
    public void Succeeded(string userName) => _accounts.TryRemove(userName.Trim(), out _);

    private DateTimeOffset Lock(ConcurrentDictionary<string, Counter> table, string key, DateTimeOffset now) =>
        table.TryGetValue(key, out var counter) && counter.LockedUntil > now ? counter.LockedUntil : DateTimeOffset.MinValue;

    private int Count(ConcurrentDictionary<string, Counter> table, string key, int limit, DateTimeOffset now)
    {
        if (table.Count >= MaxEntries)
        {
            Sweep(table, now);
        }

        var counter = table.AddOrUpdate(key,
            _ => new Counter(now, 1, DateTimeOffset.MinValue),
            (_, old) => old.WindowStart + options.SignInFailureWindow < now && old.LockedUntil <= now
                ? new Counter(now, 1, DateTimeOffset.MinValue)
                : old with { Failures = old.Failures + 1 });
        if (counter.Failures >= limit && counter.LockedUntil <= now)
        {
            // Locked from the limit on; the count starts again when the lockout ends.
            table[key] = new Counter(now + options.SignInLockout, 0, now + options.SignInLockout);
        }

        return counter.Failures;
    }

    private void Sweep(ConcurrentDictionary<string, Counter> table, DateTimeOffset now)
    {
        foreach (var (key, counter) in table)
        {
            if (counter.LockedUntil <= now && counter.WindowStart + options.SignInFailureWindow < now)
            {
                table.TryRemove(key, out _);
            }
        }
    }

    // A user name is whatever was typed: keep control characters out of the log line.
    private static string Printable(string text) => new(text.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private sealed record Counter(DateTimeOffset WindowStart, int Failures, DateTimeOffset LockedUntil);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for user name '{User}' from {Client}: {AccountFailures} failure(s) for the name, {ClientFailures} from the client in the window")]
    private partial void LogFailed(string user, string client, int accountFailures, int clientFailures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in locked for {Kind} '{Subject}' until {Until:O} after too many failures")]
    private partial void LogLocked(string kind, string subject, DateTimeOffset until);
}
