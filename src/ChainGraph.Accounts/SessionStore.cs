using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Accounts;

/// <summary>
/// Server-side sign-in sessions (table <c>web_sessions</c>). A session key is 256 random bits handed to the
/// browser (inside the encrypted cookie); only its SHA-256 is stored. A session is valid while its row exists,
/// has not expired and its account exists: logout, a password change and removing the account delete rows.
/// </summary>
public sealed class SessionStore(SqliteGraphStore database, TimeProvider clock)
{
    /// <summary>Starts a session for <paramref name="userName"/>; returns its key, or null when there is no such account.</summary>
    public async Task<string?> CreateAsync(string userName, byte[] ticket, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await database.OpenAsync(cancellationToken);
        using (var purge = connection.CreateCommand())
        {
            purge.CommandText = "DELETE FROM web_sessions WHERE expires_at < $now";
            purge.Parameters.AddWithValue("$now", Format(clock.GetUtcNow()));
            await purge.ExecuteNonQueryAsync(cancellationToken);
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO web_sessions (key_hash, user_id, ticket, created_at, expires_at)
            SELECT $hash, id, $ticket, $now, $expires FROM web_users WHERE user_name = $name
            """;
        command.Parameters.AddWithValue("$hash", Hash(key));
        command.Parameters.AddWithValue("$ticket", ticket);
        command.Parameters.AddWithValue("$now", Format(clock.GetUtcNow()));
        command.Parameters.AddWithValue("$expires", Format(expires));
        command.Parameters.AddWithValue("$name", userName);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? key : null;
    }

    /// <summary>The session's account (as it is now: role and scope read fresh) and ticket; null when it ended or expired.</summary>
    public async Task<(Account Account, byte[] Ticket)?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.user_name, u.display_name, u.role, u.chains, s.ticket, s.expires_at
            FROM web_sessions s JOIN web_users u ON u.id = s.user_id WHERE s.key_hash = $hash
            """;
        command.Parameters.AddWithValue("$hash", Hash(key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)
            || DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) < clock.GetUtcNow())
        {
            return null;
        }

        return (AccountStore.Read(reader), (byte[])reader.GetValue(4));
    }

    /// <summary>Moves the expiry of a live session (sliding expiration); an ended session stays ended.</summary>
    public async Task RenewAsync(string key, byte[] ticket, DateTimeOffset expires, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE web_sessions SET ticket = $ticket, expires_at = $expires WHERE key_hash = $hash", cancellationToken,
            ("$ticket", ticket), ("$expires", Format(expires)), ("$hash", Hash(key)));

    public async Task RemoveAsync(string key, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM web_sessions WHERE key_hash = $hash", cancellationToken, ("$hash", Hash(key)));

    /// <summary>Sessions of an account that are open now (for the 用户管理 page).</summary>
    public async Task<int> CountAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM web_sessions s JOIN web_users u ON u.id = s.user_id WHERE u.user_name = $name AND s.expires_at >= $now";
        command.Parameters.AddWithValue("$name", userName);
        command.Parameters.AddWithValue("$now", Format(clock.GetUtcNow()));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    // Fixed-width UTC (…T08:00:00.0000000Z) so the stored times also compare correctly as text.
    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
