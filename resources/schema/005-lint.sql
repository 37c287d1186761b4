-- Blameless coach: a finding dismissed for one occurrence of a phrase in one text field of a review
-- ("the 2nd 'root cause' in the summary"), so that it is no longer counted or underlined there.

CREATE TABLE lint_dismissal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    field       TEXT    NOT NULL, -- e.g. "incident.summary", "timeline_event:<uuid>.text"
    phrase      TEXT    NOT NULL, -- the text found, in lower case
    occurrence  INTEGER NOT NULL CHECK (occurrence >= 1), -- which of the phrase's findings in the field
    UNIQUE (review, field, phrase, occurrence)
);
