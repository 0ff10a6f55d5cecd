-- ChainGraph embedded store, schema version 3: the web app's own tables (accounts, saved target
-- lists, chain-matching events, segment overrides: a chain lead's pins/removals, applied on top of
-- ingest/chains/overrides.yaml when the app re-places enterprises). They live in the graph's SQLite file so one
-- file is the whole deployment. Written only by src/ChainGraph.Web.

CREATE TABLE web_users (
    id            INTEGER PRIMARY KEY,
    user_name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,            -- pbkdf2-sha256$iterations$salt(base64)$hash(base64)
    created_at    TEXT    NOT NULL
);

CREATE TABLE web_target_lists (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    query       TEXT    NOT NULL,              -- JSON: the query (segment or anchor form, filters) that produced the rows
    created_by  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE web_target_list_rows (
    list_id          INTEGER NOT NULL REFERENCES web_target_lists (id) ON DELETE CASCADE,
    rank             INTEGER NOT NULL,
    enterprise_key   TEXT    NOT NULL,
    row_json         TEXT    NOT NULL,         -- JSON: name, region, tags, score, reasons, evidence as shown when saved
    PRIMARY KEY (list_id, rank)
) WITHOUT ROWID;

CREATE TABLE web_events (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    event_date  TEXT    NOT NULL,              -- ISO date
    chain       TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE web_event_attendees (
    event_id        INTEGER NOT NULL REFERENCES web_events (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    input_name      TEXT    NOT NULL,          -- as pasted or uploaded
    enterprise_key  TEXT,                      -- resolved Enterprise key, NULL when unresolved
    match_kind      TEXT    NOT NULL,          -- EntityResolver MatchKind, or Manual
    suggestions     TEXT    NOT NULL DEFAULT '[]', -- JSON: near matches offered for an unresolved name
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE web_segment_overrides (
    chain           TEXT    NOT NULL,
    segment         TEXT    NOT NULL,
    enterprise_key  TEXT    NOT NULL,
    action          TEXT    NOT NULL CHECK (action IN ('pin', 'remove')),
    weight          REAL    NOT NULL DEFAULT 1, -- placement weight of a pin, (0, 1]
    note            TEXT    NOT NULL DEFAULT '',
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (chain, segment, enterprise_key)
) WITHOUT ROWID
