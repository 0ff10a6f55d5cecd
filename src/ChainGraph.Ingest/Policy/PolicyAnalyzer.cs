using System.Security.Cryptography;
using System.Text;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Resolution;

namespace ChainGraph.Ingest.Policy;

/// <summary>
/// Reads a policy document (plan, measures, opinions) and finds the enterprises, funds, regions
/// and chains it names: the text is repaired first (<see cref="PolicyTextCleaner"/>), names are
/// found by dictionary (what the graph knows) and by phrasing (<see cref="MentionPatterns"/>),
/// then resolved with the shared <see cref="EntityResolver"/> and its threshold. Weak matches go
/// to the review list, never merged. <see cref="IngestAsync"/> stores the document as a Source
/// node with a MENTIONS relationship per resolved entity, the sentence kept as evidence.
/// </summary>
public sealed class PolicyAnalyzer(IGraphStore store, IngestService ingest, ResolutionOptions resolution, ReviewStore reviews, IGraphSnapshotProvider snapshots)
{
    /// <summary>Largest document read (characters); plans are tens of kilobytes.</summary>
    public const int MaxDocumentLength = 2_000_000;

    public async Task<PolicyAnalysis> AnalyzeAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ReadAsync(path, cancellationToken);
        var knowledge = await PolicyKnowledge.LoadAsync(store, ingest.Gazetteer, cancellationToken);
        return await AnalyzeTextAsync(Path.GetFileName(path), text, knowledge, cancellationToken);
    }

    public async Task<PolicyAnalysis> AnalyzeTextAsync(string document, string text, PolicyKnowledge knowledge, CancellationToken cancellationToken)
    {
        var mentions = new Dictionary<(MentionKind, string), PolicyMention>();
        foreach (var sentence in PolicyTextCleaner.Sentences(PolicyTextCleaner.Clean(text)))
        {
            foreach (var found in knowledge.Names.Find(sentence))
            {
                var id = found.Node.Key.Length > 0 ? found.Node.Key : null;
                Add(mentions, new PolicyMention(found.Text, found.Kind, id, sentence));
            }

            foreach (var candidate in MentionPatterns.Find(sentence))
            {
                var id = await ResolveAsync(document, candidate, knowledge, cancellationToken);
                Add(mentions, new PolicyMention(candidate.Text, candidate.Kind, id, sentence));
            }
        }

        var list = mentions.Values.ToArray();
        var unresolved = list.Where(m => m.EntityId is null).Select(m => m.Text).Distinct(StringComparer.Ordinal).ToArray();
        return new PolicyAnalysis(document, list, unresolved);
    }

    /// <summary>
    /// Analyzes the document and writes it as a Source node with MENTIONS relationships (one atomic batch; idempotent).
    /// The node is named <paramref name="title"/> when the source definition gives one (pages show it as the document's
    /// name); otherwise a title-like line of the text.
    /// </summary>
    public async Task<(PolicyAnalysis Analysis, UpsertResult Result)> IngestAsync(string path, string? title, CancellationToken cancellationToken)
    {
        var analysis = await AnalyzeAsync(path, cancellationToken);
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var fetchedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var provenance = Provenance.Create("policy", analysis.Document, fetchedAt);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
        var source = new GraphNode(NodeKind.Source, "policy:" + Path.GetFileNameWithoutExtension(path), string.IsNullOrWhiteSpace(title) ? Title(text, analysis.Document) : title.Trim(), provenance)
            .WithProperty("document", analysis.Document)
            .WithProperty("sha256", hash)
            .WithProperty("kind", "policy");
        var edges = analysis.Mentions
            .Where(m => m.EntityId is not null)
            .DistinctBy(m => (m.Kind, m.EntityId))
            .Select(m => new GraphEdge(RelType.Mentions, source.Ref, new NodeRef(NodeKindOf(m.Kind), m.EntityId!), provenance with { Reference = m.Evidence })
                .WithProperty("text", m.Text)
                .WithProperty("evidence", m.Evidence))
            .ToArray();
        var result = await store.UpsertAsync(new GraphBatch($"policy {analysis.Document}", [source], edges), cancellationToken);
        snapshots.Invalidate();
        return (analysis, result);
    }

    private async Task<string?> ResolveAsync(string document, MentionCandidate candidate, PolicyKnowledge knowledge, CancellationToken cancellationToken)
    {
        if (candidate.Kind == MentionKind.Region)
        {
            return knowledge.RegionCodes.GetValueOrDefault(candidate.Text);
        }

        var resolver = knowledge.Resolvers[NodeKindOf(candidate.Kind)];
        var decision = resolver.Decide(candidate.Text, null, resolution.ConfidenceThreshold);
        switch (decision.Verdict)
        {
            case ResolutionVerdict.Accepted:
                return decision.Resolution.Node!.Value.Key;
            case ResolutionVerdict.Review:
                var fields = new Dictionary<string, string> { [Sources.SourceFields.Name] = candidate.Text };
                foreach (var node in decision.Candidates)
                {
                    await reviews.AddAsync("policy:" + document, candidate.Sentence, NodeKindOf(candidate.Kind), fields, [], node, resolver.NameOf(node), decision.Resolution, cancellationToken);
                }

                return null;
            default:
                return null;
        }
    }

    // A dictionary hit (already linked) beats a pattern hit of the same name; the first sentence is the evidence.
    private static void Add(Dictionary<(MentionKind, string), PolicyMention> mentions, PolicyMention mention)
    {
        var key = (mention.Kind, mention.Text);
        if (!mentions.TryGetValue(key, out var existing) || (existing.EntityId is null && mention.EntityId is not null))
        {
            mentions[key] = mention;
        }
    }

    private static NodeKind NodeKindOf(MentionKind kind) => kind switch
    {
        MentionKind.Fund => NodeKind.Fund,
        MentionKind.Chain => NodeKind.Chain,
        MentionKind.Region => NodeKind.Region,
        _ => NodeKind.Enterprise,
    };

    private static string Title(string text, string fallback) =>
        text.Split('\n').Select(l => PolicyTextCleaner.Clean(l).Trim()).FirstOrDefault(l => l.Length is > 4 and < 80) ?? fallback;

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The policy document '{path}' does not exist.", path);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return text.Length <= MaxDocumentLength
            ? text
            : throw new InvalidDataException($"'{path}' is {text.Length:N0} characters long; at most {MaxDocumentLength:N0} are read (PolicyAnalyzer.MaxDocumentLength). Split the document.");
    }
}
