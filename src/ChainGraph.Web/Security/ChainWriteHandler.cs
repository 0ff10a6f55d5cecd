using Microsoft.AspNetCore.Authorization;

namespace ChainGraph.Web.Security;

/// <summary>Succeeds when the signed-in account's role and scope allow writing to the chain (<see cref="Accounts.Account.CanWrite"/>).</summary>
internal sealed class ChainWriteHandler : AuthorizationHandler<ChainWriteRequirement, string>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ChainWriteRequirement requirement, string resource)
    {
        if (AccountClaims.ToAccount(context.User)?.CanWrite(resource) == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
