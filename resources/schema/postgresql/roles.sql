-- The three roles of a workspace on a server, applied by `inflection server init` after the migrations, by
-- the role that owns the schema (the one that ran the migrations: a superuser, or the database's owner with
-- CREATEROLE). Running it again changes nothing.
--
-- The roles are group roles (NOLOGIN) named after the database, so that several workspaces can share a
-- cluster: inflection_<database>_reader, _editor and _admin. A person's login is made a member of one of
-- them with inflection_grant(login, level) and removed with inflection_revoke(login).
--   reader  reads everything; writes only its own presence (who has a review open)
--   editor  reads everything and writes every review table; not the workspace's settings (workspace_setting:
--           risk matrix, severity levels, time zone, ticket address, taxonomy of contributing factors;
--           known_technology: the known technologies and tech radar); adds to the change log, never
--           rewrites it
--   admin   everything an editor may, and the settings, and the change log
-- Only these roles (and the owner) may connect to the database. The search index and the schema version
-- are written by the schema's own triggers and migrations only.

DO $roles$
DECLARE
    prefix constant text := format('inflection_%s_', current_database());
    reader constant text := prefix || 'reader';
    editor constant text := prefix || 'editor';
    admin  constant text := prefix || 'admin';
    level text;
BEGIN
    IF octet_length(admin) > 63 THEN
        RAISE EXCEPTION 'The database name % is too long for the names of its roles (at most 45 bytes).',
            current_database();
    END IF;
    FOREACH level IN ARRAY ARRAY[reader, editor, admin] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = level) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', level);
        END IF;
        EXECUTE format('COMMENT ON ROLE %I IS %L', level,
            format('Inflection workspace %s: %s', current_database(), split_part(level, '_', -1)));
    END LOOP;

    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I', current_database(), reader, editor, admin);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I, %I', reader, editor, admin);

    -- Everyone reads everything.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I, %I, %I', reader, editor, admin);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON presence TO %I', reader);

    -- Editors and administrators write; the schema's own tables are the migrations' and triggers'.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I, %I', editor, admin);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I, %I', editor, admin);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON inflection_schema, search_entry FROM %I, %I', editor, admin);

    -- The workspace's settings are the administrators'; the change log is only added to by editors.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON workspace_setting, known_technology FROM %I', editor);
    EXECUTE format('REVOKE UPDATE, DELETE ON change_log FROM %I', editor);

    -- Tables and sequences of later migrations (run by the same owner) get the same grants; a migration
    -- that adds a settings table revokes the editor's writes on it, as above.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT ON TABLES TO %I, %I, %I',
        current_user, reader, editor, admin);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %I, %I',
        current_user, editor, admin);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE ON SEQUENCES TO %I, %I',
        current_user, editor, admin);
END
$roles$;

-- Makes a login a reader, editor or admin of this workspace (and nothing else of it): one call with bound
-- values, SELECT inflection_grant(:login, :level). The caller needs the right to grant the roles (a
-- superuser, or CREATEROLE).
CREATE OR REPLACE FUNCTION inflection_grant(login text, level text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    prefix constant text := format('inflection_%s_', current_database());
    other text;
BEGIN
    IF level IS NULL OR level NOT IN ('reader', 'editor', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = format('“%s” is not a role of a workspace: reader, editor or admin.', level);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION USING ERRCODE = 'undefined_object',
            MESSAGE = format('There is no login “%s” on this server.', login);
    END IF;
    FOREACH other IN ARRAY ARRAY['reader', 'editor', 'admin'] LOOP
        IF other <> level AND EXISTS (
            SELECT 1 FROM pg_auth_members AS m
              JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member
             WHERE g.rolname = prefix || other AND u.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', prefix || other, login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', prefix || level, login);
END
$$;

-- Takes every role of this workspace from a login: SELECT inflection_revoke(:login).
CREATE OR REPLACE FUNCTION inflection_revoke(login text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    prefix constant text := format('inflection_%s_', current_database());
    level text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION USING ERRCODE = 'undefined_object',
            MESSAGE = format('There is no login “%s” on this server.', login);
    END IF;
    FOREACH level IN ARRAY ARRAY['reader', 'editor', 'admin'] LOOP
        IF EXISTS (
            SELECT 1 FROM pg_auth_members AS m
              JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member
             WHERE g.rolname = prefix || level AND u.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', prefix || level, login);
        END IF;
    END LOOP;
END
$$;

-- The level of the session's login in this workspace, the highest it has: 'admin', 'editor', 'reader', or
-- '' (none; the owner and superusers are 'admin'). For the window's status bar and its read-only mode:
-- SELECT inflection_level().
CREATE OR REPLACE FUNCTION inflection_level() RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
    AS $$
        SELECT CASE
            WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
              OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
              OR pg_has_role(session_user, format('inflection_%s_admin', current_database()), 'MEMBER') THEN 'admin'
            WHEN pg_has_role(session_user, format('inflection_%s_editor', current_database()), 'MEMBER') THEN 'editor'
            WHEN pg_has_role(session_user, format('inflection_%s_reader', current_database()), 'MEMBER') THEN 'reader'
            ELSE ''
        END
    $$;

REVOKE ALL ON FUNCTION inflection_grant(text, text), inflection_revoke(text) FROM PUBLIC;
