-- ChainGraph embedded store, schema version 4: drops the two indexes on nodes.norm_name. No query
-- looks a normalized name up by equality (search matches substrings, which scan; entity resolution
-- works on the in-memory snapshot), and keeping them cost a third of the node insert time.
DROP INDEX IF EXISTS nodes_kind_norm;
DROP INDEX IF EXISTS nodes_norm;
