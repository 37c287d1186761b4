-- Presence: who has which review open now. Each running app writes a heartbeat row per open review
-- and removes its rows on closing; a row not renewed for a while (a crash, a lost network) has
-- expired and is ignored, then swept. Not user content: no revision, no change log.

CREATE TABLE presence (
    session TEXT NOT NULL, -- one per running app and workspace (a uuid)
    review  TEXT NOT NULL, -- the review's uuid
    who     TEXT NOT NULL DEFAULT '',
    host    TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (session, review)
) WITHOUT ROWID;

CREATE INDEX presence_review ON presence (review, seen_at);
