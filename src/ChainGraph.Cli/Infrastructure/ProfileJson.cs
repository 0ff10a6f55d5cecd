using System.Globalization;
using ChainGraph.Core.Model;
using ChainGraph.Core.Profiles;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>The JSON shape of <c>show --json</c>: names, codes, location at top level, then grouped facts with provenance.</summary>
internal static class ProfileJson
{
    public static object From(NodeProfile profile)
    {
        var node = profile.Node;
        return new
        {
            kind = node.Kind.Label(),
            id = node.Key,
            name = node.Name,
            fullName = node.Property(EnterpriseProps.FullName),
            aliases = node.Aliases,
            codes = new { stock = node.Property(EnterpriseProps.StockCode), credit = node.Property(EnterpriseProps.CreditCode) },
            province = node.Property(EnterpriseProps.Province),
            city = node.Property(EnterpriseProps.City),
            county = node.Property(EnterpriseProps.County),
            regionCode = node.Property(EnterpriseProps.RegionCode),
            tags = node.Tags,
            properties = node.Properties,
            provenance = Provenance(node.Provenance),
            industries = profile.Industries.Select(Fact),
            products = profile.Products.Select(Fact),
            chains = profile.Chains.Select(Fact),
            relationships = profile.Relationships.Select(Fact),
            other = profile.Others.Select(Fact),
        };
    }

    private static object Fact(ProfileFact f) => new
    {
        type = f.Type.Name(),
        direction = f.Outgoing ? "out" : "in",
        otherKind = f.Other.Kind.Label(),
        otherId = f.Other.Key,
        otherName = f.OtherName,
        weight = f.Weight,
        since = f.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        qualifier = f.Qualifier.Length == 0 ? null : f.Qualifier,
        properties = f.Properties,
        provenance = Provenance(f.Provenance),
    };

    private static object Provenance(Provenance p) => new { source = p.Source, reference = p.Reference, fetchedAt = p.FetchedAt };
}
