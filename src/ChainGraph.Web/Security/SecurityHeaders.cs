namespace ChainGraph.Web.Security;

/// <summary>The response headers every reply carries, the app's own and Kestrel's error replies alike (one list).</summary>
public static class SecurityHeaders
{
    /// <summary>Everything is served by the app itself (intranet): no CDN, no inline script, no framing by others.</summary>
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'"),
        ("X-Frame-Options", "SAMEORIGIN"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    public static void Apply(IHeaderDictionary headers)
    {
        foreach (var (name, value) in All)
        {
            headers[name] = value;
        }
    }
}
