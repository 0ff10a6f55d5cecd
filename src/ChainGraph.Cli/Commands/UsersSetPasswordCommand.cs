using System.CommandLine;
using ChainGraph.Cli.Infrastructure;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph users set-password USER (--password-file F | --generate | stdin)</c>: new password, sessions ended.</summary>
internal sealed class UsersSetPasswordCommand : ICliCommand
{
    public string Parent => "users";

    public Command Create(CliContext context)
    {
        var user = UserOptions.UserName();
        var passwordFile = UserOptions.PasswordFile();
        var generate = UserOptions.Generate();
        var command = new Command("set-password", "Set a new password; every browser signed in with the old one is signed out.") { user, passwordFile, generate };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var accounts = await UserOptions.AccountsAsync(services, cancellationToken);
            var name = parseResult.GetValue(user)!;
            if (await accounts.FindAsync(name, cancellationToken) is null)
            {
                throw new CliUserException($"There is no account '{name}'; `chaingraph users list` shows them.");
            }

            var password = await UserOptions.ReadPasswordAsync(context, parseResult.GetValue(passwordFile), parseResult.GetValue(generate), cancellationToken);
            await accounts.SetPasswordAsync(name, password, cancellationToken);
            await context.Output.WriteLineAsync($"password of '{name}' changed; its sessions ended");
            return CliApplication.ExitOk;
        });
        return command;
    }
}
