-- Reviews and the change log: the first schema of an Inflection workspace.
-- Times are UTC ISO-8601 text with milliseconds and a trailing Z, everywhere.

CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL CHECK (kind IN ('architecture', 'operability', 'postmortem')),
    title       TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'circulated', 'scheduled', 'held', 'decided', 'closed', 'superseded')),
    system      TEXT    NOT NULL DEFAULT '',
    tags        TEXT    NOT NULL DEFAULT '',
    owner       TEXT    NOT NULL DEFAULT '',
    meeting_at  TEXT,
    superseded_by TEXT
);

CREATE INDEX review_kind_status ON review (kind, status);
CREATE INDEX review_updated_at ON review (updated_at);

CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    review     INTEGER REFERENCES review (id) ON DELETE CASCADE,
    at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    by         TEXT    NOT NULL DEFAULT '',
    what       TEXT    NOT NULL,
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT
);

CREATE INDEX change_log_review ON change_log (review, at);
