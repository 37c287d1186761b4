-- Presence: who has which review open now. Each running app writes a heartbeat row per open review
-- and removes its rows on closing; a row not renewed for a while (a crash, a lost network) has
-- expired and is ignored, then swept. Not user content: no revision, no change log.
-- (As resources/schema/007-presence.sql.) On a server, who is the login, and every change notifies, so
-- that the others see at once who opened or closed a review.

CREATE TABLE presence (
    session text COLLATE "C" NOT NULL, -- one per running app and workspace (a uuid)
    review  text COLLATE "C" NOT NULL, -- the review's uuid
    who     text NOT NULL DEFAULT '',
    host    text NOT NULL DEFAULT '',
    seen_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (session, review)
);

CREATE INDEX presence_review ON presence (review, seen_at);

CREATE TRIGGER presence_login BEFORE INSERT OR UPDATE ON presence
    FOR EACH ROW EXECUTE FUNCTION inflection_stamp_login('who');
CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence
    FOR EACH ROW EXECUTE FUNCTION inflection_notify_change('uuid');

UPDATE inflection_schema SET version = 7;
