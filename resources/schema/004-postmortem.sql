-- Blameless postmortems: incident facts, the timeline, remediation items and the parking lot.
-- Discussion answers use checklist_answer (schema 003) with the discussion questions' keys.

CREATE TABLE incident (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT    NOT NULL DEFAULT '',
    review         INTEGER NOT NULL UNIQUE REFERENCES review (id) ON DELETE CASCADE,
    started_at     TEXT,
    detected_at    TEXT,
    resolved_at    TEXT,
    status_page_at TEXT,
    severity       TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL DEFAULT '',
    impact         TEXT    NOT NULL DEFAULT '',
    order_agreed   INTEGER NOT NULL DEFAULT 0 CHECK (order_agreed IN (0, 1))
);

CREATE TABLE timeline_event (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position    TEXT    NOT NULL COLLATE BINARY,
    occurred_at TEXT,
    kind        TEXT    NOT NULL DEFAULT 'observation'
                        CHECK (kind IN ('alert', 'discovery', 'action', 'decision', 'communication', 'observation')),
    actor       TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL DEFAULT '',
    known_by    TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT '',
    agreed      INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
    reasoning   TEXT    NOT NULL DEFAULT '' -- for a decision: why it made sense at the time
);

CREATE INDEX timeline_event_review_position ON timeline_event (review, position);

CREATE TABLE remediation (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL DEFAULT '',
    type        TEXT    NOT NULL DEFAULT 'prevent' CHECK (type IN ('prevent', 'troubleshoot', 'other')),
    owner       TEXT    NOT NULL DEFAULT '',
    ticket      TEXT    NOT NULL DEFAULT '',
    due         TEXT, -- a date, YYYY-MM-DD
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
    position    TEXT    NOT NULL COLLATE BINARY
);

CREATE INDEX remediation_review_position ON remediation (review, position);
CREATE INDEX remediation_open_due ON remediation (status, due);

CREATE TABLE parking_lot (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL DEFAULT '',
    position    TEXT    NOT NULL COLLATE BINARY
);

CREATE INDEX parking_lot_review ON parking_lot (review, position);
