using System.Net;
using System.Text;

namespace ChainGraph.Web.Site;

/// <summary>
/// A small page in the site's frame (header, menu, search) saying what happened and what to do next, for addresses a
/// person opens in the browser: a briefing that does not exist, a PDF this installation cannot print. Raw JSON is for
/// API callers; a person gets this.
/// </summary>
public static class MessagePage
{
    public static string Render(string title, string message, params (string Href, string Text)[] links)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · ChainGraph 产业链招商</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/css/app.css\">")
            .Append("<script src=\"/js/common.js\"></script></head><body><header class=\"top\"></header><main><section class=\"panel narrow message-page\"><h1>")
            .Append(E(title)).Append("</h1><p>").Append(E(message)).Append("</p><p class=\"toolbar\">");
        foreach (var (href, text) in links)
        {
            html.Append("<a class=\"button secondary\" href=\"").Append(E(href)).Append("\">").Append(E(text)).Append("</a> ");
        }

        return html.Append("</p></section></main></body></html>").ToString();
    }

    public static IResult Result(int status, string title, string message, params (string Href, string Text)[] links) =>
        Results.Content(Render(title, message, links), "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>True when a person's browser asked (a navigation), not a script or an API client.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
