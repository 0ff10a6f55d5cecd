using ChainGraph.Web.Security;
using ChainGraph.Web.Site;
using Microsoft.AspNetCore.Diagnostics;

namespace ChainGraph.Web.Hosting;

/// <summary>The middleware pipeline of the web app: problem details, security headers, compression, static pages, sign-in, authorization, CSRF.</summary>
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
        app.UseStatusCodePages(WriteStatusAsync);
        // Not the account answers: a secret there must not share a compressed body with reflected text (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api/account"), branch => branch.UseResponseCompression());
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseChainGraphSecurity();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    // An address nobody serves: a person's browser gets a page in the site's frame saying so, API callers a problem.
    private static async Task WriteStatusAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(http.Request.Method) && MessagePage.WantsHtml(http.Request))
        {
            var (title, text) = http.Response.StatusCode == StatusCodes.Status404NotFound
                ? ("没有找到这个页面", "这个地址没有对应的页面，可能是链接有误或页面已经调整。请从上方菜单进入，或在搜索框中查找企业和环节。")
                : ("页面暂时无法打开", "请求没有成功。请返回首页重试；如果一直如此，请联系管理员。");
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(MessagePage.Render(title, text, ("/", "返回产业链总览")));
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = http.Response.StatusCode == StatusCodes.Status404NotFound ? "没有这个地址" : "请求没有成功",
            },
        });
    }
}
