// ChainGraph in Neo4j 5: indexes for search and statistics (IF NOT EXISTS: safe to apply repeatedly).

// Search matches names, normalized names and keys by prefix and substring (CONTAINS / STARTS WITH):
// text indexes serve both for Chinese names as well as Latin ones.
CREATE TEXT INDEX node_name_text IF NOT EXISTS FOR (n:Node) ON (n.name);
CREATE TEXT INDEX node_norm_text IF NOT EXISTS FOR (n:Node) ON (n.normName);
CREATE TEXT INDEX enterprise_full_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.fullName);

// Statistics and kind-filtered search group by the kind property.
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);

// Parallel facts of one type between the same pair are told apart by their qualifier.
CREATE INDEX supplies_qualifier IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.qualifier);
