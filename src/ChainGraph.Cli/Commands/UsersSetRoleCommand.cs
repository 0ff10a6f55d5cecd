using System.CommandLine;
using ChainGraph.Accounts;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph users set-role USER --role R [--chains C]</c>: takes effect on the account's next request.</summary>
internal sealed class UsersSetRoleCommand : ICliCommand
{
    public string Parent => "users";

    public Command Create(CliContext context)
    {
        var user = UserOptions.UserName();
        var role = UserOptions.Role();
        var chains = UserOptions.Chains();
        var command = new Command("set-role", "Change an account's role and chains; signed-in browsers get the new rights on their next request.") { user, role, chains };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var accounts = await UserOptions.AccountsAsync(services, cancellationToken);
            var name = parseResult.GetValue(user)!;
            var existing = await accounts.FindAsync(name, cancellationToken) ?? throw new CliUserException($"There is no account '{name}'; `chaingraph users list` shows them.");
            var changed = existing with { Role = UserOptions.ParseRole(parseResult.GetValue(role)), Chains = UserOptions.ResolveChains(services, parseResult.GetValue(chains)) };
            if (AccountRules.Check(changed, null).FirstOrDefault() is { Message: { Length: > 0 } problem })
            {
                throw new CliUserException(problem);
            }

            await accounts.SetRoleAsync(name, changed.Role, changed.Chains, cancellationToken);
            await context.Output.WriteLineAsync($"'{name}' is now {changed.Role.Label()}{(changed.Chains.Count > 0 ? $", chains {string.Join(", ", changed.Chains)}" : "")}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
