using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Loading;

namespace ChainGraph.Ingest.Regions;

/// <summary>Writes the Region tree: one node per division (key = GB/T 2260 code) and PART_OF to its parent.</summary>
public sealed class RegionLoader(IGraphStore store, IngestOptions options)
{
    public const string SourceName = "regions";

    public async Task<LoadReport> LoadAsync(RegionGazetteer gazetteer, Provenance provenance, CancellationToken cancellationToken)
    {
        var report = new LoadReportBuilder(SourceName);
        var writer = new BatchWriter(store, options.BatchSize, "regions");
        foreach (var region in gazetteer.Regions)
        {
            report.RowsRead++;
            var node = new GraphNode(NodeKind.Region, region.Code, region.Name, provenance)
                .WithProperty("level", region.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await writer.AddAsync(node, 0, cancellationToken);
        }

        foreach (var region in gazetteer.Regions.Where(r => r.ParentCode is not null))
        {
            var edge = new GraphEdge(RelType.PartOf, new NodeRef(NodeKind.Region, region.Code), new NodeRef(NodeKind.Region, region.ParentCode!), provenance);
            await writer.AddAsync(edge, 0, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return report.Build(writer.Total);
    }
}
