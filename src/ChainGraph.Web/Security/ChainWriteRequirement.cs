using Microsoft.AspNetCore.Authorization;

namespace ChainGraph.Web.Security;

/// <summary>"May change material of this chain"; the resource is the chain id. Checked by <see cref="ChainWriteHandler"/>.</summary>
public sealed class ChainWriteRequirement : IAuthorizationRequirement
{
    public static ChainWriteRequirement Instance { get; } = new();
}
