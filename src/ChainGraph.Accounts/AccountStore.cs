using System.Globalization;
using System.Security.Cryptography;
using ChainGraph.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Web.Accounts;

/// <summary>
/// The built-in account store (table <c>web_users</c>): user name, display name, salted password hash.
/// Enough for a district's promotion team; a directory (LDAP/OIDC) can replace it behind the cookie scheme.
/// </summary>
public sealed partial class AccountStore(WebDatabase database, ChainGraphWebOptions options, TimeProvider clock, ILogger<AccountStore> logger)
{
    public const int MaxUserNameLength = 64;
    public const int MinPasswordLength = 8;

    /// <summary>Returns the account when the password matches, else null (unknown user and wrong password look alike).</summary>
    public async Task<Account?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_name, display_name, password_hash FROM web_users WHERE user_name = $name";
        command.Parameters.AddWithValue("$name", userName.Trim());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            PasswordHashing.Verify(password, PasswordHashing.Hash("timing")); // same work as a real check
            return null;
        }

        var account = new Account(reader.GetString(0), reader.GetString(1));
        return PasswordHashing.Verify(password, reader.GetString(2)) ? account : null;
    }

    public async Task<bool> CreateAsync(string userName, string displayName, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"The password has {password.Length} characters; it needs at least {MinPasswordLength}.", nameof(password));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO web_users (user_name, display_name, password_hash, created_at) VALUES ($name, $display, $hash, $at)";
        command.Parameters.AddWithValue("$name", userName.Trim());
        command.Parameters.AddWithValue("$display", displayName);
        command.Parameters.AddWithValue("$hash", PasswordHashing.Hash(password));
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Creates the configured admin account when there is no account at all. Without a configured password a
    /// random one is written to a file readable only by the owner; the log names the file, never the password.
    /// </summary>
    public async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            if (await CountAsync(connection, cancellationToken) > 0)
            {
                return;
            }
        }

        var password = options.AdminPassword;
        if (password is null)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
            var file = options.AdminPasswordFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path ?? "chaingraph.db"))!, "admin-password.txt");
            await File.WriteAllTextAsync(file, password + "\n", cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            LogGeneratedAdmin(options.AdminUser, file);
        }

        await CreateAsync(options.AdminUser, "管理员", password, cancellationToken);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM web_users";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the account '{User}' with a generated password, saved in {File}; sign in and keep it safe (or set ChainGraph:Web:AdminPassword)")]
    private partial void LogGeneratedAdmin(string user, string file);
}
