using System.CommandLine;
using ChainGraph.Accounts;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph users add USER --role R [--chains C] [--display NAME] (--password-file F | --generate | stdin)</c>.</summary>
internal sealed class UsersAddCommand : ICliCommand
{
    public string Parent => "users";

    public Command Create(CliContext context)
    {
        var user = UserOptions.UserName();
        var role = UserOptions.Role();
        var chains = UserOptions.Chains();
        var display = new Option<string?>("--display") { Description = "The name shown in the pages (default: the user name), e.g. 张三（新能源汽车专班）." };
        var passwordFile = UserOptions.PasswordFile();
        var generate = UserOptions.Generate();
        var command = new Command("add", "Create a web account with a role; a 链长/专班 (lead) account needs the chains it may write to.") { user, role, chains, display, passwordFile, generate };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var accounts = await UserOptions.AccountsAsync(services, cancellationToken);
            var name = parseResult.GetValue(user)!.Trim();
            var account = new Account(name, parseResult.GetValue(display) ?? name, UserOptions.ParseRole(parseResult.GetValue(role)), UserOptions.ResolveChains(services, parseResult.GetValue(chains)));
            if (AccountRules.Check(account, null).FirstOrDefault() is { Message: { Length: > 0 } problem })
            {
                throw new CliUserException(problem);
            }

            var password = await UserOptions.ReadPasswordAsync(context, parseResult.GetValue(passwordFile), parseResult.GetValue(generate), cancellationToken);
            if (!await accounts.CreateAsync(account, password, cancellationToken))
            {
                throw new CliUserException($"There is already an account '{name}'; `chaingraph users set-role` or `set-password` changes it.");
            }

            await context.Output.WriteLineAsync($"created '{name}': {account.Role.Label()}{(account.Chains.Count > 0 ? $", chains {string.Join(", ", account.Chains)}" : "")}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
