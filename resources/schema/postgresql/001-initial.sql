-- Reviews and the change log: the first schema of an Inflection workspace on a PostgreSQL server.
-- The same tables, columns and meanings as resources/schema/001-initial.sql, so that the repositories run
-- the same statements on both. Times are UTC ISO-8601 text with milliseconds and a trailing Z, everywhere;
-- columns that are compared or sorted as strings (times, uuids, positions) use the "C" collation, which
-- orders as SQLite's BINARY does, whatever the database's own locale.
--
-- Each file runs in one transaction (the migrator's, or psql --single-transaction) and ends by writing its
-- number into inflection_schema, the server's PRAGMA user_version.

-- The schema version: one row.
CREATE TABLE inflection_schema (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version integer NOT NULL
);
INSERT INTO inflection_schema (version) VALUES (0);

-- SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): the statement's time, in UTC.
CREATE FUNCTION inflection_now() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- Whether this session may keep the authors and times it writes (a copy of a workspace keeps its history):
-- only when it asks (SET LOCAL inflection.keep_authors = 'on') and its login is an administrator of this
-- workspace (see roles.sql), a superuser or the database's owner.
CREATE FUNCTION inflection_keeps_authors() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    admin text := format('inflection_%s_admin', current_database());
BEGIN
    IF coalesce(current_setting('inflection.keep_authors', true), '') <> 'on' THEN
        RETURN false;
    END IF;
    RETURN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
        OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
        OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = admin) AND pg_has_role(session_user, admin, 'MEMBER'));
END
$$;

-- Identity: on a server, who changed something is the login the server authenticated (session_user), not
-- a name the client sends. BEFORE INSERT OR UPDATE; each argument names a column to stamp:
--   column          on every insert and update (updated_by, change_log.by)
--   column/insert   on insert only (the author of a comment or question, a vote's voter)
--   column/set      when it is set to a non-empty value (resolved_by)
CREATE FUNCTION inflection_stamp_login() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    argument text;
    column_name text;
    mode text;
    stamped jsonb := '{}';
    new_row jsonb;
    old_row jsonb;
BEGIN
    IF inflection_keeps_authors() THEN
        RETURN NEW;
    END IF;
    new_row := to_jsonb(NEW);
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
    END IF;
    FOREACH argument IN ARRAY TG_ARGV LOOP
        column_name := split_part(argument, '/', 1);
        mode := split_part(argument, '/', 2);
        IF mode = '' OR (mode = 'insert' AND TG_OP = 'INSERT')
            OR (mode = 'set' AND coalesce(new_row ->> column_name, '') <> ''
                AND (TG_OP = 'INSERT' OR (new_row -> column_name) IS DISTINCT FROM (old_row -> column_name))) THEN
            stamped := stamped || jsonb_build_object(column_name, session_user::text);
        END IF;
    END LOOP;
    IF stamped <> '{}' THEN
        NEW := jsonb_populate_record(NEW, stamped);
    END IF;
    RETURN NEW;
END
$$;

-- Live refresh: every change of user content notifies the channel inflection_changes with the table's name
-- and the id of the review it belongs to, "table:review id" ("timeline_event:42"; "workspace_setting:" for
-- what belongs to no review). PostgreSQL delivers it to the listeners when the transaction commits and sends
-- one notification for equal payloads of one transaction, so a bulk write is one message per review and
-- table. The argument says where the review's id is: the column "review" (the default), "id" (the review
-- itself), "question" (a vote), "uuid" (presence, which names its review by uuid), or "none".
CREATE FUNCTION inflection_notify_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    source text := coalesce(TG_ARGV[0], 'review');
    changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    review_id bigint;
BEGIN
    IF source = 'review' THEN
        review_id := (changed ->> 'review')::bigint;
    ELSIF source = 'id' THEN
        review_id := (changed ->> 'id')::bigint;
    ELSIF source = 'question' THEN
        SELECT q.review INTO review_id FROM question AS q WHERE q.id = (changed ->> 'question')::bigint;
    ELSIF source = 'uuid' THEN
        SELECT r.id INTO review_id FROM review AS r WHERE r.uuid = changed ->> 'review';
    END IF;
    PERFORM pg_notify('inflection_changes', TG_TABLE_NAME || ':' || coalesce(review_id::text, ''));
    RETURN NULL;
END
$$;

CREATE TABLE review (
    id          bigint  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    uuid        text    COLLATE "C" NOT NULL UNIQUE,
    revision    integer NOT NULL DEFAULT 1,
    created_at  text    COLLATE "C" NOT NULL DEFAULT inflection_now(),
    updated_at  text    COLLATE "C" NOT NULL DEFAULT inflection_now(),
    updated_by  text    NOT NULL DEFAULT '',
    kind        text    NOT NULL CHECK (kind IN ('architecture', 'operability', 'postmortem')),
    title       text    NOT NULL DEFAULT '',
    status      text    NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'circulated', 'scheduled', 'held', 'decided', 'closed', 'superseded')),
    system      text    NOT NULL DEFAULT '',
    tags        text    NOT NULL DEFAULT '',
    owner       text    NOT NULL DEFAULT '',
    meeting_at  text    COLLATE "C",
    superseded_by text  COLLATE "C"
);

CREATE INDEX review_kind_status ON review (kind, status);
CREATE INDEX review_updated_at ON review (updated_at);

CREATE TABLE change_log (
    id         bigint  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    review     bigint  REFERENCES review (id) ON DELETE CASCADE,
    at         text    COLLATE "C" NOT NULL DEFAULT inflection_now(),
    by         text    NOT NULL DEFAULT '',
    what       text    NOT NULL,
    field      text,
    old_value  text,
    new_value  text
);

CREATE INDEX change_log_review ON change_log (review, at);

CREATE TRIGGER review_login BEFORE INSERT OR UPDATE ON review
    FOR EACH ROW EXECUTE FUNCTION inflection_stamp_login('updated_by');
CREATE TRIGGER change_log_login BEFORE INSERT OR UPDATE ON change_log
    FOR EACH ROW EXECUTE FUNCTION inflection_stamp_login('by');

CREATE TRIGGER review_notify AFTER INSERT OR UPDATE OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION inflection_notify_change('id');
CREATE TRIGGER change_log_notify AFTER INSERT OR UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION inflection_notify_change('review');

UPDATE inflection_schema SET version = 1;
