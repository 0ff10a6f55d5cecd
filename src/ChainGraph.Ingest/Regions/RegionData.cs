using ChainGraph.Core.Io;
using ChainGraph.Core.Regions;

namespace ChainGraph.Ingest.Regions;

/// <summary>Loads the gazetteer from a data folder holding pca-code.json and (optionally) hk-mo-tw.json.</summary>
public static class RegionData
{
    public static RegionGazetteer Load(IDataFiles files)
    {
        using var pca = files.Open("pca-code.json");
        using var special = files.Exists("hk-mo-tw.json") ? files.Open("hk-mo-tw.json") : null;
        return RegionGazetteer.Load(pca, special);
    }
}
