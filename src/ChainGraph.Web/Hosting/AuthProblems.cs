namespace ChainGraph.Web.Hosting;

/// <summary>Turns the cookie handler's redirects into problem details for API and fetch callers.</summary>
internal static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string redirectUri)
    {
        if (!context.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(redirectUri);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "需要登录" : "没有权限",
                Detail = status == StatusCodes.Status401Unauthorized
                    ? "这项操作需要先登录。请登录后再试。"
                    : "您的账号没有这项操作的权限（只读账号只能浏览；用户管理只对管理员开放）。如需调整，请联系管理员。",
            },
        });
    }
}
