using System.CommandLine;
using ChainGraph.Accounts;
using ChainGraph.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph users list [--json]</c>: accounts with role, chains and open sessions.</summary>
internal sealed class UsersListCommand : ICliCommand
{
    public string Parent => "users";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List the web accounts: role, the chains a lead may write to, open sessions.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var accounts = await UserOptions.AccountsAsync(services, cancellationToken);
            var sessions = services.GetRequiredService<SessionStore>();
            var rows = new List<(Account Account, int Sessions)>();
            foreach (var account in await accounts.ListAsync(cancellationToken))
            {
                rows.Add((account, await sessions.CountAsync(account.UserName, cancellationToken)));
            }

            if (parseResult.GetValue(json))
            {
                context.WriteJson(rows.Select(r => new { user = r.Account.UserName, display = r.Account.DisplayName, role = r.Account.Role.Code(), chains = r.Account.Chains, sessions = r.Sessions }));
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("user").AddColumn("display name").AddColumn("role").AddColumn("chains").AddColumn(new TableColumn("sessions").RightAligned());
            foreach (var (account, open) in rows)
            {
                table.AddRow(Markup.Escape(account.UserName), Markup.Escape(account.DisplayName), $"{account.Role.Code()} ({account.Role.Label()})",
                    Markup.Escape(account.Role == AccountRole.Admin ? "all" : string.Join(", ", account.Chains)), open.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return CliApplication.ExitOk;
        });
        return command;
    }
}
