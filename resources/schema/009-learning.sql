-- What a postmortem learned: the incident's mitigation time, what went well and where we got lucky, and
-- its contributing factors, each in a category of the workspace's taxonomy (workspace_setting
-- 'factor_categories') and linked to the timeline events it shows in; and when each remediation item was
-- done, for follow-through across reviews.

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

-- When a remediation item was done: set when its status becomes done, cleared when it is reopened. An
-- item stored as done (an import, a copy) takes its last change as the time it was done.
ALTER TABLE remediation ADD COLUMN done_at TEXT;

CREATE TRIGGER remediation_done_at_update AFTER UPDATE OF status ON remediation
WHEN (new.status = 'done') <> (old.status = 'done') BEGIN
    UPDATE remediation SET done_at = CASE WHEN new.status = 'done' THEN new.updated_at END WHERE id = new.id;
END;

CREATE TRIGGER remediation_done_at_insert AFTER INSERT ON remediation
WHEN new.status = 'done' AND new.done_at IS NULL BEGIN
    UPDATE remediation SET done_at = new.updated_at WHERE id = new.id;
END;

UPDATE remediation SET done_at = updated_at WHERE status = 'done';

-- "Did we foresee it?": a postmortem's links to the contingency items (of operability reviews) that the
-- incident was, each with whether the mitigation worked, did not hold, or the item is only related; and
-- to the departures (new technologies of architecture reviews) it involved. By uuid, as the factors'
-- events: the item lives in another review, and may come later from an import or a copy.
ALTER TABLE incident ADD COLUMN not_foreseen INTEGER NOT NULL DEFAULT 0 CHECK (not_foreseen IN (0, 1));

CREATE TABLE incident_link (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    target      TEXT    NOT NULL,
    target_kind TEXT    NOT NULL CHECK (target_kind IN ('contingency', 'departure')),
    verdict     TEXT    NOT NULL DEFAULT 'related' CHECK (verdict IN ('worked', 'did-not-hold', 'related')),
    position    TEXT    NOT NULL COLLATE BINARY,
    UNIQUE (review, target)
);

CREATE INDEX incident_link_target ON incident_link (target);
