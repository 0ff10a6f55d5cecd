using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The account and session stores (in the embedded store's file), for the web app and <c>chaingraph users</c>.</summary>
    public static IServiceCollection AddChainGraphAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SessionStore>();
        return services;
    }
}
