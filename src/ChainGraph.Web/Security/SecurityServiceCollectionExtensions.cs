using ChainGraph.Accounts;
using ChainGraph.Web.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChainGraph.Web.Security;

/// <summary>
/// Sign-in, sessions, roles and the defences around them: the cookie scheme with server-side sessions, the
/// per-installation encrypted key ring, antiforgery, the sign-in throttle, the policies, request size limits and
/// Kestrel's own error replies.
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddChainGraphSecurity(this IServiceCollection services, ChainGraphWebOptions options)
    {
        services.AddSingleton(sp => KeyRingKey.Load(sp.GetRequiredService<Store.Sqlite.SqliteStoreOptions>(), options));
        services.AddDataProtection().SetApplicationName("ChainGraph");
        services.AddOptions<KeyManagementOptions>().Configure<KeyRingKey, ILoggerFactory>((keys, key, loggers) =>
        {
            keys.XmlRepository = new OwnerOnlyXmlRepository(key.Folder, loggers);
            keys.XmlEncryptor = new KeyRingXmlEncryptor(key);
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "chaingraph.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/login.html";
            cookie.ReturnUrlParameter = "return";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = options.SessionLifetime;
            // The API answers 401/403 as problem details instead of redirecting to the login page.
            cookie.Events.OnRedirectToLogin = context => AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            cookie.Events.OnRedirectToAccessDenied = context => AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<SessionStore, TimeProvider>((cookie, sessions, clock) => cookie.SessionStore = new SessionTicketStore(sessions, clock));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = CsrfProtection.HeaderName;
            antiforgery.Cookie.Name = CsrfProtection.CookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });

        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Write, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRole.Admin.Code(), AccountRole.Lead.Code()))
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRole.Admin.Code()))
            .AddPolicy(Policies.Internal, options.InternalMaterialNeedsSignIn ? signedIn : new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build());
        if (options.RequireSignInToBrowse)
        {
            services.AddAuthorizationBuilder().SetFallbackPolicy(signedIn);
        }

        services.AddSingleton<IAuthorizationHandler, ChainWriteHandler>();
        services.AddSingleton<ChainAccess>();
        services.AddSingleton<SignInThrottle>();

        // Nothing the app accepts is larger than an attendee upload; bigger bodies are refused by Kestrel (413).
        var maxBody = options.MaxUploadBytes + (1024 * 1024);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = maxBody;
            kestrel.ConfigureEndpointDefaults(KestrelErrorReplies.Use);
        });
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBody);
        return services;
    }

    /// <summary>The security part of the pipeline, after routing: authentication, authorization, then the CSRF check of writes.</summary>
    public static WebApplication UseChainGraphSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CsrfProtection>();
        // Built-in antiforgery for form endpoints (the upload): it validates the same token again and lets form binding run.
        app.UseAntiforgery();
        return app;
    }
}
