using System.CommandLine;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph users remove USER</c>: deletes the account; its sessions end at once.</summary>
internal sealed class UsersRemoveCommand : ICliCommand
{
    public string Parent => "users";

    public Command Create(CliContext context)
    {
        var user = UserOptions.UserName();
        var command = new Command("remove", "Remove a web account; browsers signed in with it are signed out at once. The last admin cannot be removed.") { user };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var accounts = await UserOptions.AccountsAsync(services, cancellationToken);
            var name = parseResult.GetValue(user)!;
            if (!await accounts.RemoveAsync(name, cancellationToken))
            {
                throw new CliUserException($"There is no account '{name}'; `chaingraph users list` shows them.");
            }

            await context.Output.WriteLineAsync($"removed '{name}' and ended its sessions");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
