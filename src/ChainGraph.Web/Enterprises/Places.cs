using ChainGraph.Core.Model;

namespace ChainGraph.Web.Enterprises;

/// <summary>The data marks an enterprise it could not place with the province "unknown"; pages and exports show nothing instead.</summary>
public static class Places
{
    public static string? Known(string? place) => place is null or EnterpriseProps.Unknown ? null : place;
}
