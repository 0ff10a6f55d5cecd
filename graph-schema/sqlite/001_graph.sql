-- ChainGraph embedded store, schema version 1: the property graph.
-- graph-schema/schema.md describes every label, type and property; this is its SQLite form.
-- Natural keys: nodes (kind, key); edges (type, src, dst, qualifier). Provenance on every row.

CREATE TABLE nodes (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,            -- node label: Enterprise, Industry, Product, Region, ...
    key         TEXT    NOT NULL,            -- natural key within the label (stock code, Shenwan code, GB/T 2260 code, normalized name)
    name        TEXT    NOT NULL,
    norm_name   TEXT    NOT NULL,            -- NameNormalizer.Normalize(name)
    tags        TEXT    NOT NULL DEFAULT '[]',   -- JSON array of strings
    props       TEXT    NOT NULL DEFAULT '{}',   -- JSON object of string properties, keys sorted
    source      TEXT    NOT NULL,
    source_ref  TEXT,
    fetched_at  TEXT    NOT NULL,            -- ISO 8601 with offset
    updated_at  TEXT    NOT NULL,
    UNIQUE (kind, key)
);
CREATE INDEX nodes_kind_norm ON nodes (kind, norm_name);
CREATE INDEX nodes_norm ON nodes (norm_name);

CREATE TABLE aliases (
    node_id     INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    alias       TEXT    NOT NULL,
    norm        TEXT    NOT NULL,
    PRIMARY KEY (node_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_norm ON aliases (norm);

CREATE TABLE edges (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,            -- UPPER_SNAKE relationship type
    src         INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    dst         INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    qualifier   TEXT    NOT NULL DEFAULT '', -- separates parallel facts (product of a SUPPLIES edge, ...)
    weight      REAL,
    since       TEXT,                        -- ISO date the fact was first observed
    props       TEXT    NOT NULL DEFAULT '{}',
    source      TEXT    NOT NULL,
    source_ref  TEXT,
    fetched_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (type, src, dst, qualifier)
);
CREATE INDEX edges_src ON edges (src, type);
CREATE INDEX edges_dst ON edges (dst, type);
