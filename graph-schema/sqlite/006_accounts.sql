-- ChainGraph embedded store, schema version 6: roles, chain scope and server-side sessions of the web
-- app's accounts (src/ChainGraph.Accounts; managed by `chaingraph users` and the 用户管理 page).
-- Accounts created before this version were the configured administrator: they become 管理员.

ALTER TABLE web_users ADD COLUMN role TEXT NOT NULL DEFAULT 'admin';   -- admin (管理员) | lead (链长/专班) | readonly (只读)
ALTER TABLE web_users ADD COLUMN chains TEXT NOT NULL DEFAULT '[]';    -- JSON array of chain ids a lead may write to (lists, events, overrides)

-- One row per signed-in browser. The cookie carries a random session key; only its SHA-256 is stored, so
-- a copy of this table signs nobody in. Logout deletes the row; a password change or the account's removal
-- deletes all of the account's rows: the old cookie then opens nothing.
CREATE TABLE web_sessions (
    key_hash    TEXT    PRIMARY KEY,            -- hex SHA-256 of the session key
    user_id     INTEGER NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    ticket      BLOB    NOT NULL,               -- the serialized authentication ticket (claims are refreshed from web_users on every request)
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL                -- ISO 8601 UTC; sliding, renewed while the user is active
) WITHOUT ROWID;
CREATE INDEX web_sessions_user ON web_sessions (user_id);
