using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Projects;

/// <summary>
/// Who may change a project, decided in this one place: every write endpoint of the 项目库 asks here with the
/// chain(s) the change touches. Today a signed-in user may change any project (the endpoints also carry
/// <see cref="Hosting.WebServiceCollectionExtensions.WritePolicy"/>); when accounts get roles scoped to chains
/// (链长/专班 their own chains, 只读 none), this method is the one edit that enforces them.
/// </summary>
public static class ProjectAccess
{
    /// <summary>Null when <paramref name="user"/> may write projects of every chain in <paramref name="chains"/> (a null chain: a project of no chain), else a 403 problem.</summary>
    public static ProblemHttpResult? CheckWrite(ClaimsPrincipal user, params string?[] chains)
    {
        if (user.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "没有修改权限",
            detail: chains.Any(c => c is not null) ? "当前账号不能修改这条产业链的项目。" : "当前账号不能修改项目库。");
    }

    /// <summary>The name the audit records for <paramref name="user"/>.</summary>
    public static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
