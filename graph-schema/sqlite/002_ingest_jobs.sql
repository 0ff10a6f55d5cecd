-- ChainGraph embedded store, schema version 2: ingestion jobs (docs/ingestion.md).
-- Run history, the "possibly same as" review list of entity resolution, and the conditional-request
-- cache of the polite web fetcher. None of these are graph facts; they describe how facts arrived.

CREATE TABLE job_runs (
    id          INTEGER PRIMARY KEY,
    job         TEXT    NOT NULL,            -- source name (ingest/sources/NAME.yaml)
    started_at  TEXT    NOT NULL,            -- ISO 8601 with offset
    finished_at TEXT,                        -- null while running (or when the process died mid-run)
    status      TEXT    NOT NULL,            -- running, succeeded, partial (rows rejected), failed
    added       INTEGER NOT NULL DEFAULT 0,  -- nodes + relationships added
    updated     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,  -- rows refused (bad field, store refusal)
    held        INTEGER NOT NULL DEFAULT 0,  -- rows put on the review list instead of being merged
    message     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX job_runs_job ON job_runs (job, started_at);

CREATE TABLE resolution_reviews (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,            -- job or document that produced the name
    source_ref  TEXT    NOT NULL,            -- file:line, URL#selector
    name        TEXT    NOT NULL,            -- the name as read
    kind        TEXT    NOT NULL,            -- node label the name should become
    candidate   TEXT    NOT NULL,            -- natural key (kind:key) of the node it possibly is
    candidate_name TEXT NOT NULL,
    match_kind  TEXT    NOT NULL,            -- how it was matched (partial, ambiguous, ...)
    confidence  REAL    NOT NULL,
    payload     TEXT    NOT NULL,            -- the row's fields as JSON, applied on confirm/reject
    status      TEXT    NOT NULL DEFAULT 'pending', -- pending, confirmed, rejected
    created_at  TEXT    NOT NULL,
    decided_at  TEXT,
    UNIQUE (source, name, candidate)
);
CREATE INDEX resolution_reviews_status ON resolution_reviews (status);

CREATE TABLE http_cache (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,                      -- the server's Last-Modified header, verbatim
    content_hash  TEXT,                      -- SHA-256 of the body last seen
    next_url      TEXT,                      -- the page's next link, so pagination continues past a 304
    fetched_at    TEXT NOT NULL
) WITHOUT ROWID;
