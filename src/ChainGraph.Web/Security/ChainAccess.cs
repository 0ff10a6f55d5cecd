using System.Security.Claims;
using ChainGraph.Core.Chains;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Security;

/// <summary>
/// The chain-scope check every write of chain material goes through (saved lists, events, map overrides, and
/// any new endpoint that changes something belonging to a chain): resource-based authorization with
/// <see cref="ChainWriteRequirement"/>, whose rule is <see cref="Accounts.Account.CanWrite"/>. An endpoint calls
/// <see cref="CheckWriteAsync"/> with the chain id once it knows which chain the request touches, and returns the
/// problem when there is one. docs/web.md, "Protecting a new endpoint".
/// </summary>
public sealed class ChainAccess(IAuthorizationService authorization, IChainMapService chains)
{
    /// <summary>Stands for "no chain known": only a 管理员 (who may write to every chain) passes.</summary>
    private const string AnyChain = "\u0000";

    /// <summary>Null when <paramref name="user"/> may write to <paramref name="chainId"/>; else a 403 problem naming the chain and the user's scope.</summary>
    public async Task<ProblemHttpResult?> CheckWriteAsync(ClaimsPrincipal user, string chainId)
    {
        if ((await authorization.AuthorizeAsync(user, chainId, ChainWriteRequirement.Instance)).Succeeded)
        {
            return null;
        }

        var account = AccountClaims.ToAccount(user);
        var scope = account is null || account.Chains.Count == 0 ? "无" : string.Join("、", account.Chains.Select(Name));
        var detail = account?.Role == Accounts.AccountRole.ReadOnly || account is null
            ? "只读账号可以浏览，不能保存名单、创建对接会或调整图谱。如需修改，请联系管理员调整账号角色。"
            : chainId == AnyChain ? $"这项内容不属于您负责的产业链（{scope}），只有管理员可以修改。"
            : $"您的账号负责的产业链是：{scope}；「{Name(chainId)}」不在其中，不能修改它的名单、对接会或图谱。如需调整，请联系管理员。";
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "没有修改这条产业链的权限", detail: detail);
    }

    /// <summary>For material that belongs to several chains (or none known: then only 管理员): null when the user may write to any of them.</summary>
    public async Task<ProblemHttpResult?> CheckWriteAnyAsync(ClaimsPrincipal user, IReadOnlyList<string> chainIds)
    {
        ProblemHttpResult? denied = null;
        foreach (var chainId in chainIds.DefaultIfEmpty(AnyChain))
        {
            if ((denied = await CheckWriteAsync(user, chainId)) is null)
            {
                return null;
            }
        }

        return denied;
    }

    private string Name(string chainId)
    {
        try
        {
            return chains.FindChain(chainId).Name;
        }
        catch (ChainNotFoundException)
        {
            return chainId;
        }
    }
}
