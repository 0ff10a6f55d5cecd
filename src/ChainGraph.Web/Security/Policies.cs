namespace ChainGraph.Web.Security;

/// <summary>The authorization policies of the web app (registered by <see cref="SecurityServiceCollectionExtensions"/>).</summary>
public static class Policies
{
    /// <summary>Anything that writes: a signed-in 管理员 or 链长/专班 (只读 accounts browse only). Chain scope is checked per request with <see cref="ChainAccess"/>.</summary>
    public const string Write = "chaingraph-write";

    /// <summary>Account management and settings: 管理员 only.</summary>
    public const string Admin = "chaingraph-admin";

    /// <summary>Internal material (saved lists, events, briefings, PDFs): signed in, unless ChainGraph:Web:InternalMaterialNeedsSignIn is false.</summary>
    public const string Internal = "chaingraph-internal";
}
