using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Policy;

/// <summary>Loads a <c>policy-text</c> source: the document becomes a Source node with MENTIONS of the entities it names.</summary>
public sealed class PolicyTextLoader(PolicyAnalyzer analyzer) : ISourceLoader
{
    public bool CanLoad(SourceKind kind) => kind == SourceKind.PolicyText;

    public async Task<SourceLoadResult> LoadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var path = File.Exists(source.Location) ? source.Location : throw new FileNotFoundException($"{source.File}: key 'location': the policy document '{source.Location}' does not exist.", source.Location);
        // The definition's description names the document ("天津市东丽区…实施方案 (as scraped)"): its title, without the note.
        var title = source.Description?.Split(" (", 2)[0];
        var (analysis, result) = await analyzer.IngestAsync(path, title, cancellationToken);
        var rejections = result.Rejected.Select(r => $"{analysis.Document}: {r.Reason}").Take(SourceLoadResult.MaxRejectionsListed).ToArray();
        var counts = new JobCounts(result.Added, result.Updated, result.Rejected.Count, 0);
        var summary = $"{analysis.Mentions.Count} mentions in {analysis.Document} ({analysis.Resolved} linked, {analysis.Unresolved.Count} unresolved: {string.Join("、", analysis.Unresolved.Take(12))}): {counts.Added} added, {counts.Updated} updated";
        return new SourceLoadResult(source.Name, analysis.Mentions.Count, counts, rejections, summary);
    }
}
