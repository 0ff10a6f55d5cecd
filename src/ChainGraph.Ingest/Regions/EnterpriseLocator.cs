using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;

namespace ChainGraph.Ingest.Regions;

/// <summary>
/// Sets an enterprise's province/city/county properties: first from a curated supplement (for
/// legal names without a place, e.g. 曙光信息产业股份有限公司), then from its names through the
/// gazetteer; "unknown" when both fail.
/// </summary>
public sealed class EnterpriseLocator(RegionGazetteer gazetteer, LocationSupplement supplement)
{
    public RegionGazetteer Gazetteer => gazetteer;

    public (GraphNode Node, Region? Region) Locate(GraphNode enterprise)
    {
        var fullName = enterprise.Property(EnterpriseProps.FullName);
        string basis;
        RegionLocation location;
        if (supplement.Find(enterprise.Key, enterprise.Name) is { } code && gazetteer.Find(code) is { } region)
        {
            location = gazetteer.LocationOf(region);
            basis = "supplement";
        }
        else
        {
            location = gazetteer.Locate(fullName, null);
            basis = "fullName";
            if (!location.IsKnown)
            {
                location = gazetteer.Locate(enterprise.Name, null);
                basis = "name";
            }
        }

        if (!location.IsKnown)
        {
            return (enterprise
                .WithProperty(EnterpriseProps.Province, EnterpriseProps.Unknown)
                .WithProperty(EnterpriseProps.LocationBasis, EnterpriseProps.Unknown), null);
        }

        var located = enterprise
            .WithProperty(EnterpriseProps.Province, location.Province!.Name)
            .WithProperty(EnterpriseProps.City, location.City?.Name)
            .WithProperty(EnterpriseProps.County, location.County?.Name)
            .WithProperty(EnterpriseProps.RegionCode, location.MostSpecific!.Code)
            .WithProperty(EnterpriseProps.LocationBasis, basis);
        return (located, location.MostSpecific);
    }
}
