using System.CommandLine;
using System.Security.Cryptography;
using ChainGraph.Accounts;
using ChainGraph.Core.Chains;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>
/// What the <c>chaingraph users …</c> commands share: the role and chain options, and how a password is given:
/// <c>--password-file</c>, <c>--generate</c> (printed once), or the first line of standard input, never as an
/// argument (it would stay in the shell history and show in the process list).
/// </summary>
internal static class UserOptions
{
    public static Argument<string> UserName() => new("USER") { Description = "The user name (what the person types when signing in)." };

    public static Option<string> Role() => new("--role") { Description = "admin (管理员), lead (链长/专班) or readonly (只读).", Required = true };

    public static Option<string[]> Chains() => new("--chains")
    {
        Description = "For --role lead: the chains the account may write to (ids or names, comma-separated or repeated), e.g. nev,rail.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<FileInfo?> PasswordFile() => new("--password-file") { Description = "Read the password from this file (its first line)." };

    public static Option<bool> Generate() => new("--generate") { Description = "Generate a random password and print it once." };

    public static async Task<AccountStore> AccountsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Accounts live in the SQLite file even when the graph is in Neo4j: make sure its schema is there.
        await services.GetRequiredService<SqliteGraphStore>().InitializeAsync(cancellationToken);
        return services.GetRequiredService<AccountStore>();
    }

    public static AccountRole ParseRole(string? text) => AccountRoles.TryParse(text, out var role)
        ? role
        : throw new CliUserException($"--role is '{text}'; it must be admin (管理员), lead (链长/专班) or readonly (只读).");

    /// <summary>Chain ids from ids or names; an unknown one fails naming the chains there are.</summary>
    public static IReadOnlyList<string> ResolveChains(IServiceProvider services, IEnumerable<string>? values)
    {
        var chains = services.GetRequiredService<IChainMapService>();
        var ids = new List<string>();
        foreach (var value in (values ?? []).SelectMany(v => v.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            try
            {
                ids.Add(chains.FindChain(value).Id);
            }
            catch (ChainNotFoundException ex)
            {
                throw new CliUserException(ex.Message);
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static async Task<string> ReadPasswordAsync(CliContext context, FileInfo? file, bool generate, CancellationToken cancellationToken)
    {
        string password;
        if (generate)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
            await context.Output.WriteLineAsync($"password: {password}  (shown once; hand it over safely)");
        }
        else if (file is not null)
        {
            password = (await File.ReadAllLinesAsync(file.FullName, cancellationToken)).FirstOrDefault() ?? "";
        }
        else if (Console.IsInputRedirected)
        {
            password = await Console.In.ReadLineAsync(cancellationToken) ?? "";
        }
        else
        {
            throw new CliUserException("Give the password with --password-file FILE, --generate, or on standard input (echo … | chaingraph users …).");
        }

        return AccountRules.PasswordProblem(password) is { } problem ? throw new CliUserException(problem) : password;
    }
}
