// ChainGraph in Neo4j 5: uniqueness constraints on every label's natural key.
// Applied by the Neo4j backend at start (Neo4jGraphStore.InitializeAsync), one statement per ';'.
// IF NOT EXISTS makes every statement safe to apply repeatedly.
// graph-schema/schema.md describes the labels; the SQLite form is graph-schema/sqlite/.
//
// Every node carries the shared label :Node with uid = "<Label>:<key>" (relationships find their
// endpoints through it without knowing their labels) and its own label with the key.

CREATE CONSTRAINT node_uid IF NOT EXISTS FOR (n:Node) REQUIRE n.uid IS UNIQUE;

CREATE CONSTRAINT chain_key IF NOT EXISTS FOR (n:Chain) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT segment_key IF NOT EXISTS FOR (n:Segment) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT industry_key IF NOT EXISTS FOR (n:Industry) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT product_key IF NOT EXISTS FOR (n:Product) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fund_key IF NOT EXISTS FOR (n:Fund) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT patent_key IF NOT EXISTS FOR (n:Patent) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;

// Bookkeeping of `chaingraph sync --to neo4j`: one node per source store with its watermark.
CREATE CONSTRAINT sync_source IF NOT EXISTS FOR (s:ChainGraphSync) REQUIRE s.source IS UNIQUE;
