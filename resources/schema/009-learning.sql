-- What a postmortem learned: the incident's mitigation time, what went well and where we got lucky, and
-- its contributing factors, each in a category of the workspace's taxonomy (workspace_setting
-- 'factor_categories') and linked to the timeline events it shows in.

ALTER TABLE incident ADD COLUMN mitigated_at TEXT;
ALTER TABLE incident ADD COLUMN went_well TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN lucky TEXT NOT NULL DEFAULT '';

CREATE TABLE contributing_factor (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL DEFAULT '',
    category    TEXT    NOT NULL DEFAULT '', -- a key of the taxonomy; empty when not yet chosen
    -- The uuids of the timeline events it shows in, separated by spaces. By uuid, not by row: a link
    -- to an event that is deleted is no longer shown, and comes back when the deletion is undone.
    events      TEXT    NOT NULL DEFAULT '',
    position    TEXT    NOT NULL COLLATE BINARY
);

CREATE INDEX contributing_factor_review_position ON contributing_factor (review, position);
CREATE INDEX contributing_factor_category ON contributing_factor (category);

CREATE TRIGGER search_pending_contributing_factor_insert AFTER INSERT ON contributing_factor BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_contributing_factor_update AFTER UPDATE ON contributing_factor BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_contributing_factor_delete AFTER DELETE ON contributing_factor BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;
