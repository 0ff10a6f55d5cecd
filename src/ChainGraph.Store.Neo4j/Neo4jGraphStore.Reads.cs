using System.Runtime.CompilerServices;
using System.Text.Json;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using ChainGraph.Store.Neo4j.Cypher;

namespace ChainGraph.Store.Neo4j;

/// <summary>Reads: the snapshot's streams (paged by uid, so each page is an index range seek), lookups, search.</summary>
public sealed partial class Neo4jGraphStore
{
    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var seen = new Dictionary<long, string>();
        var after = "";
        while (true)
        {
            var page = await _client.QueryAsync(CypherStatements.ReadNodePage.With(new Dictionary<string, object?> { ["after"] = after, ["limit"] = _options.PageSize }), cancellationToken);
            var column = page.Column("node");
            foreach (var row in page.Rows)
            {
                var uid = Neo4jRows.String(row[column], "uid") ?? throw new InvalidDataException("A :Node in Neo4j has no uid; it was not written by ChainGraph.");
                var id = Neo4jIds.FromUid(uid);
                if (!seen.TryAdd(id, uid))
                {
                    throw new InvalidDataException($"Nodes '{seen[id]}' and '{uid}' hash to the same snapshot id {id}; rename one key or report this collision.");
                }

                after = uid;
                yield return new StoredNode(id, Neo4jRows.ReadNode(row[column]));
            }

            if (page.Rows.Count < _options.PageSize)
            {
                yield break;
            }
        }
    }

    public async IAsyncEnumerable<StoredEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var after = "";
        long next = 1;
        while (true)
        {
            var page = await _client.QueryAsync(CypherStatements.ReadEdgePage.With(new Dictionary<string, object?> { ["after"] = after, ["limit"] = _options.PageSize }), cancellationToken);
            int from = page.Column("from"), type = page.Column("type"), to = page.Column("to"), rel = page.Column("rel");
            var startNodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in page.Rows)
            {
                // The cursor is the greatest start node of the page (Neo4j orders strings by UTF-16 code units, as Ordinal does).
                var fromUid = row[from].GetString()!;
                if (startNodes.Add(fromUid) && string.CompareOrdinal(fromUid, after) > 0)
                {
                    after = fromUid;
                }

                if (row[type].ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var edge = Neo4jRows.ReadEdge(fromUid, row[type].GetString()!, row[to].GetString()!, row[rel]);
                yield return new StoredEdge(next++, edge.Type, Neo4jIds.FromUid(fromUid), Neo4jIds.FromUid(row[to].GetString()!), edge.Qualifier, edge.Weight, edge.Since, edge.Properties, edge.Provenance);
            }

            if (startNodes.Count < _options.PageSize)
            {
                yield break;
            }
        }
    }

    public async Task<GraphNode?> GetNodeAsync(NodeRef node, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var result = await _client.QueryAsync(CypherStatements.GetNode.With(new Dictionary<string, object?> { ["uid"] = Neo4jRows.Uid(node) }), cancellationToken);
        return result.Rows.Count == 0 ? null : Neo4jRows.ReadNode(result.Rows[0][result.Column("node")]);
    }

    public async Task<IReadOnlyList<GraphNode>> SearchAsync(string text, NodeKind? kind, int limit, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var term = text.Trim();
        if (term.Length == 0)
        {
            return [];
        }

        var result = await _client.QueryAsync(CypherStatements.Search.With(new Dictionary<string, object?>
        {
            ["term"] = term,
            ["norm"] = NameNormalizer.Fold(term),
            ["kind"] = kind?.Label(),
            ["limit"] = limit,
        }), cancellationToken);
        var column = result.Column("node");
        return result.Rows.Select(r => Neo4jRows.ReadNode(r[column])).ToArray();
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(NodeRef node, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        var result = await _client.QueryAsync(CypherStatements.GetEdges.With(new Dictionary<string, object?> { ["uid"] = Neo4jRows.Uid(node) }), cancellationToken);
        int from = result.Column("from"), type = result.Column("type"), to = result.Column("to"), rel = result.Column("rel");
        return result.Rows.Select(r => Neo4jRows.ReadEdge(r[from].GetString()!, r[type].GetString()!, r[to].GetString()!, r[rel])).ToArray();
    }
}
