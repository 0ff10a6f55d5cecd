using ChainGraph.Accounts;
using ChainGraph.Core.Chains;
using ChainGraph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Account management for 管理员 (the 用户管理 page; <c>chaingraph users</c> does the same from the command line).</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync).WithSummary("Accounts with role, chain scope and open sessions (管理员).");
        group.MapPost("/", CreateAsync).WithSummary("Creates an account: userName, displayName, password, role (admin|lead|readonly), chains (for lead).");
        group.MapPut("/{userName}", SetRoleAsync).WithSummary("Sets role and chain scope; applies to the account's open sessions at once.");
        group.MapPut("/{userName}/password", SetPasswordAsync).WithSummary("Sets a new password and ends every session of the account.");
        group.MapDelete("/{userName}", RemoveAsync).WithSummary("Removes the account and ends its sessions (the last 管理员 cannot be removed).");
        return app;
    }

    public sealed record UserView(string UserName, string DisplayName, string Role, string RoleLabel, IReadOnlyList<string> Chains, int Sessions);

    public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, string? Role, IReadOnlyList<string>? Chains);

    public sealed record SetRoleRequest(string? Role, IReadOnlyList<string>? Chains);

    public sealed record SetPasswordRequest(string? Password);

    public static async Task<Ok<IReadOnlyList<UserView>>> ListAsync(AccountStore accounts, SessionStore sessions, CancellationToken cancellationToken)
    {
        var views = new List<UserView>();
        foreach (var account in await accounts.ListAsync(cancellationToken))
        {
            views.Add(new UserView(account.UserName, account.DisplayName, account.Role.Code(), account.Role.Label(), account.Chains, await sessions.CountAsync(account.UserName, cancellationToken)));
        }

        return TypedResults.Ok<IReadOnlyList<UserView>>(views);
    }

    public static async Task<Results<Created<UserView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, AccountStore accounts, IChainMapService chains, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var account = ToAccount(request.UserName, request.DisplayName ?? request.UserName, request.Role, request.Chains, chains, errors);
        foreach (var (field, message) in account is null ? [] : AccountRules.Check(account, request.Password ?? ""))
        {
            errors.Add(field, message);
        }

        if (errors.Any || account is null)
        {
            return errors.ToResult();
        }

        if (!await accounts.CreateAsync(account, request.Password!, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "用户名已存在", detail: $"已有名为「{account.UserName}」的账号，请换一个用户名。");
        }

        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(account.UserName)}", View(account));
    }

    public static async Task<Results<Ok<UserView>, ValidationProblem, ProblemHttpResult>> SetRoleAsync(
        string userName, SetRoleRequest request, AccountStore accounts, IChainMapService chains, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(userName, cancellationToken) is not { } existing)
        {
            return NotFound(userName);
        }

        var errors = new RequestErrors();
        var changed = ToAccount(existing.UserName, existing.DisplayName, request.Role, request.Chains, chains, errors);
        foreach (var (field, message) in changed is null ? [] : AccountRules.Check(changed, null))
        {
            errors.Add(field, message);
        }

        if (errors.Any || changed is null)
        {
            return errors.ToResult();
        }

        try
        {
            await accounts.SetRoleAsync(userName, changed.Role, changed.Chains, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "不能修改这个账号的角色", detail: ex.Message);
        }

        return TypedResults.Ok(View(changed));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetPasswordAsync(
        string userName, SetPasswordRequest request, AccountStore accounts, CancellationToken cancellationToken)
    {
        if (AccountRules.PasswordProblem(request.Password ?? "") is { } problem)
        {
            var errors = new RequestErrors();
            errors.Add("password", problem);
            return errors.ToResult();
        }

        return await accounts.SetPasswordAsync(userName, request.Password!, cancellationToken) ? TypedResults.NoContent() : NotFound(userName);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string userName, AccountStore accounts, CancellationToken cancellationToken)
    {
        try
        {
            return await accounts.RemoveAsync(userName, cancellationToken) ? TypedResults.NoContent() : NotFound(userName);
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "不能删除这个账号", detail: ex.Message);
        }
    }

    /// <summary>The account a request describes, chain names turned into chain ids; null with <paramref name="errors"/> filled when the role or a chain is unknown.</summary>
    private static Account? ToAccount(string? userName, string? displayName, string? role, IReadOnlyList<string>? chainNames, IChainMapService chains, RequestErrors errors)
    {
        if (!AccountRoles.TryParse(role, out var parsed))
        {
            errors.Add("role", "角色须为 管理员、链长/专班 或 只读。");
        }

        var ids = new List<string>();
        foreach (var name in chainNames ?? [])
        {
            try
            {
                ids.Add(chains.FindChain(name).Id);
            }
            catch (ChainNotFoundException)
            {
                errors.Add("chains", $"没有名为「{name}」的产业链。");
            }
        }

        return errors.Any ? null : new Account(userName?.Trim() ?? "", displayName?.Trim() ?? "", parsed, parsed == AccountRole.Lead ? ids.Distinct().ToArray() : []);
    }

    private static UserView View(Account account) => new(account.UserName, account.DisplayName, account.Role.Code(), account.Role.Label(), account.Chains, 0);

    private static ProblemHttpResult NotFound(string userName) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有这个账号", detail: $"没有名为「{userName}」的账号。");
}
