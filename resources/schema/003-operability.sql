-- Operability reviews: checklist answers, attendees, the launch plan and the contingency checklist.
-- Checklist answers and attendees serve the other review kinds too.

CREATE TABLE checklist_answer (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL, -- a question template's stable key
    answer      TEXT    NOT NULL DEFAULT 'open' CHECK (answer IN ('yes', 'no', 'n/a', 'open')),
    notes       TEXT    NOT NULL DEFAULT '',
    UNIQUE (review, key)
);

CREATE TABLE attendee (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL DEFAULT '',
    role        TEXT    NOT NULL DEFAULT 'other',
    present     INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
    position    TEXT    NOT NULL
);

CREATE INDEX attendee_review ON attendee (review, position);

CREATE TABLE launch (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT    NOT NULL DEFAULT '',
    review         INTEGER NOT NULL UNIQUE REFERENCES review (id) ON DELETE CASCADE,
    go_live_at     TEXT,
    pushed_by      TEXT    NOT NULL DEFAULT '',
    rollout        TEXT    NOT NULL DEFAULT 'all-at-once'
                           CHECK (rollout IN ('all-at-once', 'percentage', 'dark-launch', 'gameday')),
    communication  TEXT    NOT NULL DEFAULT '',
    decision       TEXT    NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'go', 'no-go')),
    decision_notes TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE contingency (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    revision         INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by       TEXT    NOT NULL DEFAULT '',
    review           INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    issue            TEXT    NOT NULL DEFAULT '',
    likelihood       INTEGER NOT NULL DEFAULT 3 CHECK (likelihood BETWEEN 1 AND 5),
    impact           INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
    comments         TEXT    NOT NULL DEFAULT '',
    engineering      TEXT    NOT NULL DEFAULT '',
    onsite_messaging TEXT    NOT NULL DEFAULT '',
    pr_needed        INTEGER NOT NULL DEFAULT 0 CHECK (pr_needed IN (0, 1)),
    position         TEXT    NOT NULL COLLATE BINARY
);

CREATE INDEX contingency_review_position ON contingency (review, position);

-- Settings every user of a workspace shares (the heatmap's risk matrix, say).
CREATE TABLE workspace_setting (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT ''
);
