using System.Collections.Frozen;
using ChainGraph.Core.Model;

namespace ChainGraph.Store.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement of the Neo4j backend other than the schema files. Labels and
/// relationship types cannot be parameters in Cypher 5, so the per-label and per-type statements
/// are generated here from <see cref="NodeKind"/> and <see cref="RelType"/>; <see cref="All"/>
/// enumerates them for the lint (tools/cypher-lint) and the tests.
/// </summary>
public static class CypherStatements
{
    /// <summary>The label every ChainGraph node carries besides its own; relationships find endpoints by its <c>uid</c>.</summary>
    public const string NodeLabel = "Node";

    private static readonly FrozenDictionary<NodeKind, CypherStatement> s_mergeNodes =
        Enum.GetValues<NodeKind>().ToFrozenDictionary(k => k, k => new CypherStatement($"merge-nodes-{k.Label()}", MergeNodesText(k.Label())));

    private static readonly FrozenDictionary<RelType, CypherStatement> s_mergeEdges =
        Enum.GetValues<RelType>().ToFrozenDictionary(t => t, t => new CypherStatement($"merge-edges-{t.Name()}", MergeEdgesText(t.Name())));

    private static readonly FrozenDictionary<RelType, CypherStatement> s_deleteEdges =
        Enum.GetValues<RelType>().ToFrozenDictionary(t => t, t => new CypherStatement($"delete-edges-{t.Name()}", DeleteEdgesText(t.Name())));

    public static CypherStatement MergeNodes(NodeKind kind) => s_mergeNodes[kind];

    public static CypherStatement MergeEdges(RelType type) => s_mergeEdges[type];

    public static CypherStatement DeleteEdges(RelType type) => s_deleteEdges[type];

    public static CypherStatement DeleteNodes { get; } = new("delete-nodes", """
        UNWIND $uids AS uid
        MATCH (n:Node {uid: uid})
        DETACH DELETE n
        RETURN count(*) AS removed
        """);

    /// <summary>One page of nodes ordered by uid (served by the node_uid constraint's index).</summary>
    public static CypherStatement ReadNodePage { get; } = new("read-node-page", """
        MATCH (n:Node)
        WHERE n.uid > $after
        RETURN n {.*} AS node
        ORDER BY n.uid
        LIMIT $limit
        """);

    /// <summary>Outgoing relationships of one page of start nodes; a start node without any still gives a row (the cursor).</summary>
    public static CypherStatement ReadEdgePage { get; } = new("read-edge-page", """
        MATCH (a:Node)
        WHERE a.uid > $after
        WITH a
        ORDER BY a.uid
        LIMIT $limit
        OPTIONAL MATCH (a)-[r]->(b:Node)
        RETURN a.uid AS from, type(r) AS type, b.uid AS to, r {.*} AS rel
        ORDER BY from
        """);

    public static CypherStatement GetNode { get; } = new("get-node", """
        MATCH (n:Node {uid: $uid})
        RETURN n {.*} AS node
        """);

    public static CypherStatement GetEdges { get; } = new("get-edges", """
        MATCH (n:Node {uid: $uid})-[r]-(:Node)
        WITH DISTINCT r
        RETURN startNode(r).uid AS from, type(r) AS type, endNode(r).uid AS to, r {.*} AS rel
        ORDER BY type, from, to, rel.qualifier
        """);

    /// <summary>Name, key, alias and full-name matches; exact first, then prefixes, enterprises first, shorter names first.</summary>
    public static CypherStatement Search { get; } = new("search", """
        MATCH (n:Node)
        WHERE ($kind IS NULL OR n.kind = $kind)
          AND (n.name CONTAINS $term OR n.key CONTAINS $term OR n.fullName CONTAINS $term
               OR any(a IN n.aliases WHERE a CONTAINS $term)
               OR ($norm <> '' AND (n.normName CONTAINS $norm OR any(a IN n.aliasNorms WHERE a CONTAINS $norm))))
        WITH n, CASE
            WHEN n.key = $term OR n.name = $term THEN 0
            WHEN n.name STARTS WITH $term OR n.key STARTS WITH $term OR n.normName STARTS WITH $norm
                 OR any(a IN n.aliasNorms WHERE a STARTS WITH $norm) THEN 1
            ELSE 2 END AS rank
        RETURN n {.*} AS node
        ORDER BY rank, CASE n.kind WHEN 'Enterprise' THEN 0 ELSE 1 END, size(n.name), n.name
        LIMIT $limit
        """);

    public static CypherStatement CountNodes { get; } = new("count-nodes", """
        MATCH (n:Node)
        RETURN n.kind AS kind, count(*) AS count
        """);

    public static CypherStatement CountRelationships { get; } = new("count-relationships", """
        MATCH (:Node)-[r]->(:Node)
        RETURN type(r) AS type, count(*) AS count
        """);

    public static CypherStatement ReadSyncWatermark { get; } = new("read-sync-watermark", """
        MATCH (s:ChainGraphSync {source: $source})
        RETURN s.syncedUpTo AS syncedUpTo
        """);

    public static CypherStatement WriteSyncWatermark { get; } = new("write-sync-watermark", """
        MERGE (s:ChainGraphSync {source: $source})
        SET s.syncedUpTo = $syncedUpTo, s.syncedAt = $now
        """);

    /// <summary>Every statement above, generated ones included: what the lint checks.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        .. s_mergeNodes.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        .. s_mergeEdges.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        .. s_deleteEdges.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        DeleteNodes, ReadNodePage, ReadEdgePage, GetNode, GetEdges, Search, CountNodes, CountRelationships,
        ReadSyncWatermark, WriteSyncWatermark,
    ];

    // Merge rules (the same as the SQLite store's): tags and aliases united, properties overlaid,
    // provenance and updatedAt replaced only when something changed. "before" is read ahead of the
    // MERGE so each row reports added / updated / unchanged.
    private static string MergeNodesText(string label) => $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (old:{{label}} {key: row.key})
        WITH row, old {.*} AS before
        MERGE (n:{{label}} {key: row.key})
          ON CREATE SET n:Node, n.uid = row.uid, n.kind = row.kind
        WITH n, row, before,
             coalesce(before.tags, []) AS oldTags, coalesce(before.aliases, []) AS oldAliases,
             coalesce(before.aliasNorms, []) AS oldNorms, coalesce(before.propKeys, []) AS oldKeys
        WITH n, row, before, oldTags, oldAliases, oldNorms, oldKeys,
             oldTags + [t IN row.tags WHERE NOT t IN oldTags] AS tags,
             [a IN oldAliases + [x IN row.aliases WHERE NOT x IN oldAliases] WHERE a <> row.name] AS aliases
        WITH n, row, tags, aliases, oldNorms, oldKeys, CASE
            WHEN before IS NULL THEN 'added'
            WHEN before.name = row.name AND size(tags) = size(oldTags)
                 AND size(aliases) = size(oldAliases) AND all(a IN aliases WHERE a IN oldAliases)
                 AND all(k IN keys(row.props) WHERE before[k] = row.props[k]) THEN 'unchanged'
            ELSE 'updated' END AS status
        SET n += row.props,
            n.name = row.name,
            n.normName = row.normName,
            n.tags = tags,
            n.aliases = aliases,
            n.aliasNorms = oldNorms + [x IN row.aliasNorms WHERE NOT x IN oldNorms],
            n.propKeys = oldKeys + [k IN row.propKeys WHERE NOT k IN oldKeys],
            n.source = CASE status WHEN 'unchanged' THEN n.source ELSE row.source END,
            n.sourceRef = CASE status WHEN 'unchanged' THEN n.sourceRef ELSE row.sourceRef END,
            n.fetchedAt = CASE status WHEN 'unchanged' THEN n.fetchedAt ELSE row.fetchedAt END,
            n.updatedAt = CASE status WHEN 'unchanged' THEN n.updatedAt ELSE $now END
        RETURN status, count(*) AS rows
        """;

    // The earliest "since" wins (when the fact was first seen); an edge whose endpoint is missing
    // is reported back by index as rejected and nothing is written for it.
    private static string MergeEdgesText(string type) => $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (a:Node {uid: row.from})
        OPTIONAL MATCH (b:Node {uid: row.to})
        OPTIONAL MATCH (a)-[old:{{type}} {qualifier: row.qualifier}]->(b)
        WITH row, a, b, old {.*} AS before, date(row.since) AS rowSince, toFloat(row.weight) AS weight
        WITH row, a, b, before, weight, coalesce(before.propKeys, []) AS oldKeys, CASE
            WHEN before.since IS NOT NULL AND (rowSince IS NULL OR before.since < rowSince) THEN before.since
            ELSE rowSince END AS since
        WITH row, a, b, weight, since, oldKeys, CASE
            WHEN a IS NULL THEN 'missing-from'
            WHEN b IS NULL THEN 'missing-to'
            WHEN before IS NULL THEN 'added'
            WHEN coalesce(before.weight = weight, before.weight IS NULL AND weight IS NULL)
                 AND coalesce(before.since = since, before.since IS NULL AND since IS NULL)
                 AND all(k IN keys(row.props) WHERE before[k] = row.props[k]) THEN 'unchanged'
            ELSE 'updated' END AS status
        CALL (row, a, b, weight, since, oldKeys, status) {
          WITH row, a, b, weight, since, oldKeys, status
          WHERE status IN ['added', 'updated']
          MERGE (a)-[r:{{type}} {qualifier: row.qualifier}]->(b)
          SET r += row.props,
              r.weight = weight,
              r.since = since,
              r.propKeys = oldKeys + [k IN row.propKeys WHERE NOT k IN oldKeys],
              r.source = row.source,
              r.sourceRef = row.sourceRef,
              r.fetchedAt = row.fetchedAt,
              r.updatedAt = $now
        }
        RETURN row.index AS index, status
        """;

    private static string DeleteEdgesText(string type) => $$"""
        UNWIND $rows AS row
        MATCH (:Node {uid: row.from})-[r:{{type}} {qualifier: row.qualifier}]->(:Node {uid: row.to})
        DELETE r
        RETURN count(*) AS removed
        """;
}
