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
        var known = await LoadKnownAsync(source.Entity, cancellationToken);
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
            var (fields, problem) = Validate(source, row);
            if (problem is not null)
            {
                rejected++;
                Note(rejections, $"{row.Reference}: {problem}");
                continue;
            }

            var node = await ResolveAsync(source, row.Reference, fields!, known, resolver, fetchedAt, cancellationToken);
            if (node is null)
            {
                held++;
                continue;
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

    private async Task<Dictionary<NodeRef, GraphNode>> LoadKnownAsync(NodeKind kind, CancellationToken cancellationToken)
    {
        var known = new Dictionary<NodeRef, GraphNode>();
        await foreach (var stored in store.ReadNodesAsync(cancellationToken))
        {
            if (stored.Node.Kind == kind)
            {
                known[stored.Node.Ref] = stored.Node;
            }
        }

        return known;
    }

    // The row's fields with the stock code normalized (600312.SH.SH → 600312.SH), or why the row cannot be used.
    private static (IReadOnlyDictionary<string, string>? Fields, string? Problem) Validate(SourceDefinition source, RowRead row)
    {
        if (row.Fields is null || row.Fields.GetValueOrDefault(SourceFields.Name) is not { Length: > 0 })
        {
            return (null, row.RejectReason ?? "field 'name' is empty");
        }

        if (row.Fields.GetValueOrDefault(SourceFields.Code) is not { } rawCode)
        {
            return (row.Fields, null);
        }

        return StockCode.Normalize(rawCode) is { } code
            ? (new Dictionary<string, string>(row.Fields, StringComparer.Ordinal) { [SourceFields.Code] = code }, null)
            : (null, $"field '{source.Fields[SourceFields.Code]}' (code) '{rawCode}' is not a stock code like 600000.SH (six digits, then .SH, .SZ or .BJ)");
    }

    // The node to write (merged onto its match, or new), or null when the row was put on the review list.
    private async Task<GraphNode?> ResolveAsync(SourceDefinition source, string reference, IReadOnlyDictionary<string, string> fields, Dictionary<NodeRef, GraphNode> known, EntityResolver resolver, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        var code = fields.GetValueOrDefault(SourceFields.CreditCode) ?? fields.GetValueOrDefault(SourceFields.Code);
        var decision = resolver.Decide(fields[SourceFields.Name], code, resolutionOptions.ConfidenceThreshold);
        switch (decision.Verdict)
        {
            case ResolutionVerdict.Accepted when !RowNodeMapper.CodesConflict(known[decision.Resolution.Node!.Value], fields):
                return RowNodeMapper.MergeInto(known[decision.Resolution.Node!.Value], fields, source.Tags);
            case ResolutionVerdict.Review:
                foreach (var candidate in decision.Candidates)
                {
                    await reviews.AddAsync(source.Name, reference, source.Entity, fields, source.Tags, candidate, resolver.NameOf(candidate), decision.Resolution, cancellationToken);
                }

                return null;
            default:
                return RowNodeMapper.Create(source.Entity, fields, source.Tags, Provenance.Create(source.Name, reference, fetchedAt));
        }
    }

    private static void Note(List<string> rejections, string text)
    {
        if (rejections.Count < SourceLoadResult.MaxRejectionsListed)
        {
            rejections.Add(text);
        }
    }
}
