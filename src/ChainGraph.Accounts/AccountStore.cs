using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Accounts;

/// <summary>
/// The built-in account store (table <c>web_users</c>): user name, display name, salted password hash, role and
/// chain scope. Shared by the web app and <c>chaingraph users</c>. A password change or a removal ends every
/// session of the account (<see cref="SessionStore"/>); a role change applies on the account's next request.
/// </summary>
public sealed partial class AccountStore(SqliteGraphStore database, TimeProvider clock, ILogger<AccountStore> logger)
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 64;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 256;

    private const string Columns = "user_name, display_name, role, chains";

    /// <summary>Returns the account when the password matches, else null (unknown user and wrong password look alike and cost alike).</summary>
    public async Task<Account?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection, $"SELECT {Columns}, password_hash FROM web_users WHERE user_name = $name", ("$name", userName.Trim()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            PasswordHashing.Verify(password, PasswordHashing.Hash("timing")); // same work as a real check
            return null;
        }

        var account = Read(reader);
        return PasswordHashing.Verify(password, reader.GetString(4)) ? account : null;
    }

    public async Task<Account?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection, $"SELECT {Columns} FROM web_users WHERE user_name = $name", ("$name", userName.Trim()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection, $"SELECT {Columns} FROM web_users ORDER BY user_name COLLATE NOCASE");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    /// <summary>Creates the account; false when the user name is taken. Check the input with <see cref="AccountRules"/> first.</summary>
    public async Task<bool> CreateAsync(Account account, string password, CancellationToken cancellationToken)
    {
        AccountRules.ThrowIfInvalid(account, password);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection,
            "INSERT OR IGNORE INTO web_users (user_name, display_name, password_hash, created_at, role, chains) VALUES ($name, $display, $hash, $at, $role, $chains)",
            ("$name", account.UserName.Trim()), ("$display", account.DisplayName.Trim()), ("$hash", PasswordHashing.Hash(password)),
            ("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$role", account.Role.Code()), ("$chains", ChainsJson(account)));
        var created = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (created)
        {
            LogCreated(account.UserName, account.Role.Code());
        }

        return created;
    }

    /// <summary>Sets a new password and ends every session of the account; false when there is no such account.</summary>
    public async Task<bool> SetPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        AccountRules.ThrowIfInvalidPassword(password);
        return await ChangeAsync(userName, "UPDATE web_users SET password_hash = $hash WHERE user_name = $name", "password changed", cancellationToken, ("$hash", PasswordHashing.Hash(password)));
    }

    /// <summary>Sets the role and chain scope; the account's open sessions carry it from their next request on.</summary>
    /// <exception cref="InvalidOperationException">The change would leave no administrator.</exception>
    public async Task<bool> SetRoleAsync(string userName, AccountRole role, IReadOnlyList<string> chains, CancellationToken cancellationToken)
    {
        if (role != AccountRole.Admin)
        {
            await ThrowIfLastAdminAsync(userName, "改为其他角色", cancellationToken);
        }

        var json = JsonSerializer.Serialize(role == AccountRole.Lead ? chains : []);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection, "UPDATE web_users SET role = $role, chains = $chains WHERE user_name = $name",
            ("$role", role.Code()), ("$chains", json), ("$name", userName.Trim()));
        var changed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (changed)
        {
            LogRoleSet(userName, role.Code(), string.Join(",", chains));
        }

        return changed;
    }

    /// <summary>Removes the account and every session of it.</summary>
    /// <exception cref="InvalidOperationException">It is the last administrator.</exception>
    public async Task<bool> RemoveAsync(string userName, CancellationToken cancellationToken)
    {
        await ThrowIfLastAdminAsync(userName, "删除", cancellationToken);
        return await ChangeAsync(userName, "DELETE FROM web_users WHERE user_name = $name", "removed", cancellationToken);
    }

    /// <summary>
    /// Creates the configured administrator when no account is an administrator (a fresh store, or one where
    /// <c>chaingraph users add</c> created only leads), so someone can always manage accounts. Without a configured password a random one
    /// is written to <paramref name="passwordFile"/> (readable only by the owner); the log names the file, never the password.
    /// </summary>
    public async Task EnsureAdminAsync(string userName, string? password, string passwordFile, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            using var count = Command(connection, "SELECT count(*) FROM web_users WHERE role = 'admin'");
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
        }

        if (password is null)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
            await ChainGraph.Core.Io.OwnerOnlyFile.WriteAllTextAsync(passwordFile, password + "\n", cancellationToken);
            LogGeneratedAdmin(userName, passwordFile);
        }

        await CreateAsync(new Account(userName, "管理员", AccountRole.Admin, []), password, cancellationToken);
    }

    // One transaction: the account's sessions end together with the change (a removal would cascade; a password change must do it itself).
    private async Task<bool> ChangeAsync(string userName, string sql, string change, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var sessions = Command(connection, "DELETE FROM web_sessions WHERE user_id = (SELECT id FROM web_users WHERE user_name = $name)", ("$name", userName.Trim()));
        sessions.Transaction = transaction;
        var ended = await sessions.ExecuteNonQueryAsync(cancellationToken);
        using var command = Command(connection, sql, [("$name", userName.Trim()), .. values]);
        command.Transaction = transaction;
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false; // disposing the transaction rolls it back
        }

        await transaction.CommitAsync(cancellationToken);
        LogChanged(userName, change, ended);
        return true;
    }

    private async Task ThrowIfLastAdminAsync(string userName, string action, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection,
            "SELECT (SELECT role FROM web_users WHERE user_name = $name), (SELECT count(*) FROM web_users WHERE role = 'admin')", ("$name", userName.Trim()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.IsDBNull(0) && reader.GetString(0) == AccountRole.Admin.Code() && reader.GetInt64(1) <= 1)
        {
            throw new InvalidOperationException($"「{userName}」是唯一的管理员，不能{action}：请先把另一个账号设为管理员。");
        }
    }

    internal static Account Read(SqliteDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        AccountRoles.FromCode(reader.GetString(first + 2)),
        JsonSerializer.Deserialize<string[]>(reader.GetString(first + 3)) ?? []);

    private static string ChainsJson(Account account) => JsonSerializer.Serialize(account.Role == AccountRole.Lead ? account.Chains : []);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the account '{User}' with a generated password, saved in {File}; sign in and keep it safe (or set ChainGraph:Web:AdminPassword)")]
    private partial void LogGeneratedAdmin(string user, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account '{User}' created with role {Role}")]
    private partial void LogCreated(string user, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account '{User}' set to role {Role}, chains [{Chains}]")]
    private partial void LogRoleSet(string user, string role, string chains);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account '{User}' {Change}; {Sessions} session(s) ended")]
    private partial void LogChanged(string user, string change, int sessions);
}
