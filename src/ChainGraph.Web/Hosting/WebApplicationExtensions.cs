using ChainGraph.Web.Security;

namespace ChainGraph.Web.Hosting;

/// <summary>The middleware pipeline of the web app: problem details, security headers, static pages, sign-in, authorization, CSRF.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseChainGraphWeb(this WebApplication app)
    {
        // First, so the headers go on every reply, errors included: OnStarting runs after an error handler has cleared the response.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseChainGraphSecurity();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
