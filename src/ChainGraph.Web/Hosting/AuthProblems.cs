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
                Title = status == StatusCodes.Status401Unauthorized ? "Sign-in required" : "Not allowed",
                Detail = status == StatusCodes.Status401Unauthorized
                    ? "This request needs a signed-in user (请先登录). Sign in with POST /api/account/login."
                    : "The signed-in user may not do this.",
            },
        });
    }
}
