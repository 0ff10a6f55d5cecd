using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Resolution;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// Loads any row source (jsonl, csv, xlsx, html-table, html-list) with the reader registered for
/// its kind: resolves each row against the nodes already stored (code, name, alias, normalized
/// name; weaker matches to the review list), then writes in atomic batches through
/// <see cref="BatchWriter"/>. A refused row is reported and skipped; the rows around it are written.
/// Re-running writes the same merged nodes, which the store counts as unchanged.
/// </summary>
public sealed class RowSourceLoader(
    IEnumerable<IRowReader> readers,
    IGraphStore store,
    IngestOptions ingestOptions,
    ResolutionOptions resolutionOptions,
    ReviewStore reviews,
    TimeProvider clock) : ISourceLoader
{
    private readonly IReadOnlyList<IRowReader> _readers = readers.ToArray();

    public bool CanLoad(SourceKind kind) => _readers.Any(r => r.Kind == kind);

    public async Task<SourceLoadResult> LoadAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var reader = _readers.First(r => r.Kind == source.Kind);
        var known = new Dictionary<NodeRef, GraphNode>();
        await foreach (var stored in store.ReadNodesAsync(cancellationToken))
        {
            if (stored.Node.Kind == source.Entity)
            {
                known[stored.Node.Ref] = stored.Node;
            }
        }

        var resolver = new EntityResolver(known.Values);
        var writer = new BatchWriter(store, ingestOptions.BatchSize, source.Name);
        var fetchedAt = clock.GetUtcNow();
        var rejections = new List<string>();
        long read = 0, rejected = 0, held = 0;
        await foreach (var row in reader.ReadAsync(source, cancellationToken))
        {
            if (row.AfterCommit is { } afterCommit)
            {
                await writer.FlushAsync(cancellationToken);
                await afterCommit(cancellationToken);
                continue;
            }

            read++;
            if (row.IsRejected || row.Fields!.GetValueOrDefault(SourceFields.Name) is not { Length: > 0 })
            {
                rejected++;
                Note(rejections, $"{row.Reference}: {row.RejectReason ?? "field 'name' is empty"}");
                continue;
            }

            var fields = row.Fields!;
            if (fields.GetValueOrDefault(SourceFields.Code) is { } rawCode)
            {
                if (StockCode.Normalize(rawCode) is not { } code)
                {
                    rejected++;
                    Note(rejections, $"{row.Reference}: field '{source.Fields[SourceFields.Code]}' (code) '{rawCode}' is not a stock code like 600000.SH (six digits, then .SH, .SZ or .BJ)");
                    continue;
                }

                fields = new Dictionary<string, string>(fields, StringComparer.Ordinal) { [SourceFields.Code] = code };
            }

            var decision = resolver.Decide(fields[SourceFields.Name], fields.GetValueOrDefault(SourceFields.CreditCode) ?? fields.GetValueOrDefault(SourceFields.Code), resolutionOptions.ConfidenceThreshold);
            GraphNode node;
            switch (decision.Verdict)
            {
                case ResolutionVerdict.Accepted when !RowNodeMapper.CodesConflict(known[decision.Resolution.Node!.Value], fields):
                    node = RowNodeMapper.MergeInto(known[decision.Resolution.Node!.Value], fields, source.Tags);
                    break;
                case ResolutionVerdict.Review:
                    held++;
                    foreach (var candidate in decision.Candidates)
                    {
                        await reviews.AddAsync(source.Name, row.Reference, source.Entity, fields, source.Tags, candidate, resolver.NameOf(candidate), decision.Resolution, cancellationToken);
                    }

                    continue;
                default:
                    node = RowNodeMapper.Create(source.Entity, fields, source.Tags, Provenance.Create(source.Name, row.Reference, fetchedAt));
                    break;
            }

            if (!known.TryGetValue(node.Ref, out var before) || before != node)
            {
                known[node.Ref] = node;
                resolver.Add(node);
            }

            await writer.AddAsync(node, read, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        var result = writer.Total;
        rejected += result.Rejected.Count;
        foreach (var refused in result.Rejected)
        {
            Note(rejections, $"{refused.Edge.Provenance.Reference}: {refused.Reason}");
        }

        var counts = new JobCounts(result.Added, result.Updated, rejected, held);
        var summary = $"{read:N0} rows read from {source.Location}: {counts.Added:N0} added, {counts.Updated:N0} updated, {counts.Rejected:N0} rejected, {counts.Held:N0} held for review";
        return new SourceLoadResult(source.Name, read, counts, rejections, summary);
    }

    private static void Note(List<string> rejections, string text)
    {
        if (rejections.Count < SourceLoadResult.MaxRejectionsListed)
        {
            rejections.Add(text);
        }
    }
}
