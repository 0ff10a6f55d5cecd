-- ChainGraph embedded store, schema version 5: the 招商项目库 (investment-promotion project pipeline).
-- Written by src/ChainGraph.Projects (used by the CLI and the web app). Money is stored as whole 万元
-- (1 亿元 = 10,000 万元) so sums are exact; dates an event happened on are ISO dates (China time), times
-- a change was recorded are ISO-8601 instants.

CREATE TABLE projects (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,              -- 项目名称
    enterprise_key      TEXT,                          -- Enterprise node key when the investor is in the graph
    enterprise_name     TEXT    NOT NULL,
    enterprise_source   TEXT    NOT NULL DEFAULT '',   -- where an investor not in the graph came from (e.g. 商会推荐)
    chain               TEXT,                          -- chain template id (nev, power, …)
    segment             TEXT,                          -- segment id within the chain
    anchor_key          TEXT,                          -- the local anchor a 延链/强链 project serves (Enterprise key)
    direction           TEXT CHECK (direction IN ('Upstream', 'Downstream')),
    chain_role          TEXT CHECK (chain_role IN ('Fill', 'Extend', 'Strengthen')),
    categories          TEXT    NOT NULL DEFAULT '',   -- comma-separated ProjectCategory names
    planned_wan         INTEGER,                       -- 计划（协议）投资额, 万元
    land_parcels        INTEGER NOT NULL DEFAULT 0,    -- 出让产业用地, 宗
    land_area_mu        REAL    NOT NULL DEFAULT 0,    -- 亩
    land_on             TEXT,                          -- date the land was granted (出让)
    stage               TEXT    NOT NULL,              -- ProjectStage name
    termination_reason  TEXT,
    owner_unit          TEXT    NOT NULL DEFAULT '',   -- 责任单位
    owner_person        TEXT    NOT NULL DEFAULT '',   -- 责任人
    priority            TEXT    NOT NULL DEFAULT 'Normal',
    next_action         TEXT    NOT NULL DEFAULT '',
    next_action_due     TEXT,
    origin              TEXT    NOT NULL,              -- ProjectOrigin name: where the lead came from
    origin_note         TEXT    NOT NULL DEFAULT '',
    created_by          TEXT    NOT NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL               -- last change of any kind (旬更新 is judged on it)
);

CREATE INDEX projects_enterprise ON projects (enterprise_key);

CREATE TABLE project_stage_changes (
    id            INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    from_stage    TEXT,                                -- NULL for the stage a project was created in
    to_stage      TEXT    NOT NULL,
    effective_on  TEXT    NOT NULL,                    -- the day it happened (签约日期, 注册日期, …)
    reason        TEXT    NOT NULL DEFAULT '',
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL
);

CREATE INDEX project_stage_changes_project ON project_stage_changes (project_id);

CREATE TABLE project_funds (
    id            INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    arrived_on    TEXT    NOT NULL,                    -- 到位日期
    amount_wan    INTEGER NOT NULL CHECK (amount_wan > 0),
    note          TEXT    NOT NULL DEFAULT '',
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL
);

CREATE INDEX project_funds_project ON project_funds (project_id);

CREATE TABLE project_visits (
    id               INTEGER PRIMARY KEY,
    project_id       INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    enterprise_key   TEXT,
    enterprise_name  TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('Visit', 'Revisit')),          -- 走访 / 回访
    status           TEXT    NOT NULL CHECK (status IN ('Planned', 'Done', 'Cancelled')),
    planned_on       TEXT,
    done_on          TEXT,
    visitors         TEXT    NOT NULL DEFAULT '',      -- who went (our side)
    visitees         TEXT    NOT NULL DEFAULT '',      -- whom they met
    outcome          TEXT    NOT NULL DEFAULT '',
    follow_ups       TEXT    NOT NULL DEFAULT '',
    owner_unit       TEXT    NOT NULL DEFAULT '',
    created_by       TEXT    NOT NULL,
    created_at       TEXT    NOT NULL
);

CREATE INDEX project_visits_project ON project_visits (project_id);

-- Every change to a project or a visit: who, when, what (field, before, after as JSON).
CREATE TABLE project_audit (
    id            INTEGER PRIMARY KEY,
    project_id    INTEGER,
    visit_id      INTEGER,
    action        TEXT    NOT NULL,                    -- AuditAction name
    summary       TEXT    NOT NULL,                    -- one Chinese sentence for the history
    changes       TEXT    NOT NULL DEFAULT '[]',       -- JSON: [{field, label, before, after}]
    effective_on  TEXT,                                -- the day the change happened, when it has one
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL
);

CREATE INDEX project_audit_project ON project_audit (project_id, recorded_at)
