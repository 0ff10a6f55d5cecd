using ChainGraph.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Web.Tests.Security;

/// <summary>Accounts the security tests create in an app's store (each test its own, by a unique name).</summary>
internal static class TestAccounts
{
    public const string Password = "account-password-2026";

    public static async Task<string> CreateAsync(IServiceProvider services, string prefix, AccountRole role, params string[] chains)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..24];
        Assert.True(await services.GetRequiredService<AccountStore>().CreateAsync(new Account(name, prefix, role, chains), Password, CancellationToken.None));
        return name;
    }
}
