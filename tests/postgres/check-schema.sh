#!/usr/bin/env bash
# Checks the PostgreSQL schema on a throwaway server: every migration applies in order (and sets its
# version), the roles file applies twice, and each trigger and role does what it promises: the login is
# stamped by the server, changes notify, search finds what the file's search finds, done_at follows the
# status, a reader cannot write, an editor cannot change the settings, an admin can.
#
#   tests/postgres/check-schema.sh      (starts its own server through scripts/with-postgres)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Only on a server of its own: it creates logins and changes who may connect.
if [ -z "${INFLECTION_TEST_PG_DATA:-}" ] || [ -z "${INFLECTION_TEST_POSTGRES:-}" ]; then
    exec "$root/scripts/with-postgres" "$0" "$@"
fi
schema=$root/resources/schema/postgresql
export PGCONNECT_TIMEOUT=10 PGOPTIONS="-c client_min_messages=warning"
owner_uri=$INFLECTION_TEST_POSTGRES
uri_of() { echo "${owner_uri/user=postgres/user=$1}"; }

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1" >&2; }

# psql as a login; prints unaligned rows, fails on the first error.
run_as() {
    local login=$1
    shift
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$(uri_of "$login")" "$@"
}
# expect LOGIN 'SQL' 'EXPECTED OUTPUT' 'what it shows'
expect() {
    local out
    if ! out=$(run_as "$1" -c "$2" 2>&1); then
        fail "$4 (error: $out)"
    elif [ "$out" != "$3" ]; then
        fail "$4 (got '$out', expected '$3')"
    else
        pass "$4"
    fi
}
# refused LOGIN 'SQL' 'PATTERN of the error' 'what it shows'
refused() {
    local out
    if out=$(run_as "$1" -c "$2" 2>&1); then
        fail "$4 (it was allowed: $out)"
    elif ! grep -q -- "$3" <<<"$out"; then
        fail "$4 (refused, but not with '$3': $out)"
    else
        pass "$4"
    fi
}

echo "== migrations (PostgreSQL $(run_as postgres -c 'SHOW server_version'))"
expect postgres "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace" 0 "the database starts empty"
for file in "$schema"/[0-9][0-9][0-9]-*.sql; do
    name=$(basename "$file")
    number=$((10#${name:0:3}))
    if ! out=$(run_as postgres --single-transaction -f "$file" 2>&1); then
        fail "$name applies ($out)"
        break
    fi
    expect postgres "SELECT version FROM inflection_schema" "$number" "$name applies and sets version $number"
done
# The same numbers and names as the file's migrations.
sqlite_steps=$(cd "$root/resources/schema" && ls [0-9][0-9][0-9]-*.sql)
pg_steps=$(cd "$schema" && ls [0-9][0-9][0-9]-*.sql)
if [ "$sqlite_steps" = "$pg_steps" ]; then pass "a PostgreSQL step for every SQLite step"; else
    fail "the steps differ: $(diff <(echo "$sqlite_steps") <(echo "$pg_steps") | tr '\n' ' ')"; fi

# The same tables and columns, in the same order, with the same NOT NULL, as the file's migrations make
# (less each side's own search tables and the server's schema version).
if command -v sqlite3 >/dev/null; then
    sqlite_db=$(mktemp)
    for file in "$root"/resources/schema/[0-9][0-9][0-9]-*.sql; do sqlite3 "$sqlite_db" ".read $file"; done
    sqlite_columns=$(sqlite3 "$sqlite_db" "SELECT m.name || '.' || c.name || ' ' || (c.\"notnull\" OR c.pk > 0)
        FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'review_search%'
        ORDER BY m.name, c.cid")
    rm -f "$sqlite_db"
    pg_columns=$(run_as postgres -c "SELECT table_name || '.' || column_name || ' ' || (is_nullable = 'NO')::int
        FROM information_schema.columns WHERE table_schema = 'public'
        AND table_name NOT IN ('inflection_schema', 'search_entry') ORDER BY table_name COLLATE \"C\", ordinal_position")
    if [ "$sqlite_columns" = "$pg_columns" ]; then pass "the same tables, columns and NOT NULLs as the file's schema"; else
        fail "the columns differ: $(diff <(echo "$sqlite_columns") <(echo "$pg_columns") | tr '\n' ' ')"; fi
else
    fail "sqlite3 is not installed: the schemas cannot be compared"
fi

echo "== roles"
for _ in 1 2; do
    if out=$(run_as postgres --single-transaction -f "$schema/roles.sql" 2>&1); then pass "roles.sql applies"; else
        fail "roles.sql applies ($out)"; fi
done
run_as postgres -c "CREATE ROLE check_reader LOGIN; CREATE ROLE check_editor LOGIN; CREATE ROLE check_admin LOGIN;
    CREATE ROLE check_other LOGIN"
expect postgres "SELECT inflection_grant('check_reader', 'reader'), inflection_grant('check_editor', 'reader'),
    inflection_grant('check_editor', 'editor'), inflection_grant('check_admin', 'admin')" "|||" "logins granted"
expect postgres "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
    JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'check_editor'" "inflection_inflection_editor" \
    "granting a login another level takes the former one"
refused postgres "SELECT inflection_grant('check_reader', 'owner')" "not a role of a workspace" "an unknown level is refused"
refused postgres "SELECT inflection_grant('nobody_here', 'reader')" "no login" "an unknown login is refused"
refused check_editor "SELECT inflection_grant('check_other', 'admin')" "permission denied" "an editor cannot grant"
expect check_reader "SELECT inflection_level()" reader "the reader's level"
expect check_editor "SELECT inflection_level()" editor "the editor's level"
expect check_admin "SELECT inflection_level()" admin "the admin's level"
refused check_other "SELECT 1" "permission denied for database" "a login without a role cannot connect"

echo "== identity: the server's login, not the name sent"
expect check_editor "INSERT INTO review (uuid, kind, title, system, tags, owner, updated_by)
    VALUES ('r1', 'postmortem', 'Café outage at db1.example.com', 'payments', 'db, ёлка', 'Mallory', 'Mallory')
    RETURNING updated_by" check_editor "a review's updated_by is the login"
expect check_editor "INSERT INTO change_log (review, at, by, what) VALUES (1, '2026-01-01T00:00:00.000Z', 'Mallory', 'created')
    RETURNING by" check_editor "the change log's by is the login"
refused check_editor "UPDATE change_log SET by = 'Mallory'" "permission denied" "an editor cannot rewrite the change log"
expect check_editor "UPDATE review SET title = 'Café outage at db1.example.com', updated_by = 'Mallory', revision = revision + 1
    WHERE id = 1 AND revision = 1 RETURNING updated_by || ' ' || revision" "check_editor 2" "an update stamps the login too"
expect check_editor "BEGIN; SET LOCAL inflection.keep_authors = 'on';
    INSERT INTO review (uuid, kind, updated_by) VALUES ('r-copy', 'architecture', 'Mallory') RETURNING updated_by; ROLLBACK" \
    check_editor "an editor cannot keep the authors it sends"
expect check_admin "BEGIN; SET LOCAL inflection.keep_authors = 'on';
    INSERT INTO review (uuid, kind, updated_by) VALUES ('r-copy', 'architecture', 'Mallory') RETURNING updated_by; ROLLBACK" \
    Mallory "an admin copying a workspace keeps its authors"
expect check_editor "INSERT INTO question (uuid, review, text, author) VALUES ('q1', 1, 'Why?', 'Mallory');
    INSERT INTO vote (question, voter) VALUES (1, 'Mallory') ON CONFLICT DO NOTHING;
    INSERT INTO vote (question, voter) VALUES (1, 'Someone else') ON CONFLICT DO NOTHING;
    SELECT q.author || ' ' || string_agg(v.voter, ',') FROM question q JOIN vote v ON v.question = q.id GROUP BY q.author" \
    "check_editor check_editor" "a question's author and a vote's voter are the login; one vote per login"
expect check_admin "INSERT INTO comment (uuid, review, text, author) VALUES ('c1', 1, 'Look here', 'Mallory');
    UPDATE comment SET text = 'Look', resolved_by = 'Mallory', resolved_at = '2026-01-02T00:00:00.000Z' WHERE uuid = 'c1';
    SELECT author || ' ' || updated_by || ' ' || resolved_by FROM comment" "check_admin check_admin check_admin" \
    "a comment's author and who resolved it are the login"
expect check_editor "UPDATE comment SET text = 'Look again' WHERE uuid = 'c1';
    SELECT author || ' ' || updated_by || ' ' || resolved_by FROM comment" "check_admin check_editor check_admin" \
    "another login's edit keeps the author and who resolved it"
expect check_reader "INSERT INTO presence (session, review, who, host, seen_at) VALUES ('s1', 'r1', 'Mallory', 'laptop', '2026-01-01T00:00:00.000Z')
    RETURNING who" check_reader "a reader says it has a review open, as its login"

echo "== roles enforced by the server"
expect check_reader "SELECT count(*) FROM review" 1 "a reader reads"
refused check_reader "UPDATE review SET title = 'x'" "permission denied for table review" "a reader's raw UPDATE is refused"
refused check_reader "INSERT INTO timeline_event (uuid, review, position) VALUES ('e0', 1, 'a')" "permission denied" \
    "a reader's INSERT is refused"
refused check_reader "DELETE FROM review" "permission denied" "a reader's DELETE is refused"
refused check_editor "UPDATE workspace_setting SET value = '{}'" "permission denied for table workspace_setting" \
    "an editor cannot change a workspace setting"
refused check_editor "INSERT INTO workspace_setting (key, value) VALUES ('time_zone', 'UTC')" "permission denied" \
    "an editor cannot add a workspace setting"
refused check_editor "INSERT INTO known_technology (uuid, name) VALUES ('k1', 'Kafka')" "permission denied" \
    "an editor cannot change the known technologies"
refused check_editor "DELETE FROM search_entry" "permission denied" "an editor cannot write the search index"
refused check_admin "UPDATE inflection_schema SET version = 99" "permission denied" "an admin cannot change the schema version"
# The statement of store/workspacesettings.cpp, as the admin, with the target's revision named by its table
# (PostgreSQL finds a bare "revision" ambiguous beside excluded.revision; SQLite accepts both).
expect check_admin "INSERT INTO workspace_setting (key, value, updated_at, updated_by) VALUES ('time_zone', 'Europe/Berlin',
    '2026-01-01T00:00:00.000Z', 'Mallory') ON CONFLICT (key) DO UPDATE SET value = excluded.value, revision = workspace_setting.revision + 1,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by;
    INSERT INTO workspace_setting (key, value, updated_at, updated_by) VALUES ('time_zone', 'Europe/Moscow',
    '2026-01-02T00:00:00.000Z', 'Mallory') ON CONFLICT (key) DO UPDATE SET value = excluded.value, revision = workspace_setting.revision + 1,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by;
    SELECT value || ' ' || revision || ' ' || updated_by FROM workspace_setting" "Europe/Moscow 2 check_admin" \
    "an admin changes a workspace setting (the store's upsert)"
expect check_admin "INSERT INTO known_technology (uuid, name) VALUES ('k1', 'Kafka') RETURNING ring" adopt \
    "an admin adds a known technology"
refused check_admin "INSERT INTO known_technology (uuid, name) VALUES ('k2', 'KAFKA')" "known_technology_name" \
    "known technologies are unique whatever the case"
expect check_admin "UPDATE known_technology SET description = 'queue' WHERE lower(name) = lower('kafka') RETURNING name" Kafka \
    "a known technology found whatever the case"
refused check_reader "UPDATE workspace_setting SET value = 'x'" "permission denied" "a reader cannot change a setting"

echo "== live refresh"
notifications=$(run_as check_reader <<SQL 2>&1
LISTEN inflection_changes;
\\! psql -X -q -d "$(uri_of check_editor)" -c "BEGIN; INSERT INTO timeline_event (uuid, review, position, text) VALUES ('e1', 1, 'a', 'The café was closed'), ('e2', 1, 'b', 'Paged the operator at db1.example.com'); INSERT INTO incident (uuid, review, summary) VALUES ('i1', 1, 'Payments failed'); COMMIT"
\\! psql -X -q -d "$(uri_of check_admin)" -c "UPDATE workspace_setting SET value = 'UTC' WHERE key = 'time_zone'"
\\! psql -X -q -d "$(uri_of check_editor)" -c "BEGIN; UPDATE timeline_event SET text = text || '.' WHERE uuid = 'e1'; ROLLBACK"
SELECT 1;
SQL
)
payloads=$(grep -o 'with payload "[^"]*"' <<<"$notifications" | sed 's/with payload //; s/"//g' | sort | tr '\n' ' ')
expected="incident:1 timeline_event:1 workspace_setting: "
# The reader saw every committed change once per table and review (two events: one notification), none of the rollback.
if grep -q "timeline_event:1" <<<"$payloads" && grep -q "incident:1" <<<"$payloads" \
    && grep -q "workspace_setting:" <<<"$payloads" && [ "$(grep -o 'timeline_event:1' <<<"$payloads" | wc -l)" -eq 1 ]; then
    pass "changes notify 'table:review id', once per transaction, not on rollback ($payloads)"
else
    fail "notifications: got '$payloads', expected like '$expected' ($notifications)"
fi

echo "== search"
expect check_reader "SELECT uuid || ' ' || place || ' ' || replace(replace(snippet, chr(2), '['), chr(3), ']') FROM search_reviews('cafe')" \
    "r1 title [Café] outage at db1.example.com" "accents do not matter; the title comes before the text"
expect check_reader "SELECT place || ' ' || replace(replace(snippet, chr(2), '['), chr(3), ']') FROM search_reviews('oper exam')" \
    "timeline Paged the [operator] at db1.[example].com" "every word, the last ones as prefixes, a word inside a host name, shown as written"
expect check_reader "SELECT count(*) FROM search_reviews('payments nowhere')" 0 "every word must be found"
expect check_reader "SELECT uuid FROM search_reviews('ЕЛКА')" r1 "Russian, ё as е, any case"
expect check_reader "SELECT place FROM search_reviews('failed')" incident "the incident's place"
expect check_reader "SELECT count(*) FROM search_reviews('  ;;  ')" 0 "no word, no result"
expect check_editor "UPDATE timeline_event SET text = 'Rebooted the router' WHERE uuid = 'e2';
    SELECT count(*) FROM search_reviews('operator')" 0 "an edit takes the old words out of the index"
expect check_editor "INSERT INTO contributing_factor (uuid, review, text, position) VALUES ('f1', 1, 'Überlastung der Warteschlange', 'a');
    SELECT place FROM search_reviews('uberlast warte')" incident "contributing factors are searched in the incident's place"
expect check_editor "INSERT INTO review (uuid, kind, title) VALUES ('r2', 'architecture', 'A new queue');
    INSERT INTO proposal (uuid, review, body, decision_notes, notes) SELECT 'p2', id, 'Use a queue for payments', '',
        'Agreed on retries' FROM review WHERE uuid = 'r2';
    SELECT string_agg(uuid || ':' || place, ' ' ORDER BY uuid) FROM search_reviews('retries')" "r2:outcome" \
    "the outcome's place, its columns joined"
expect check_editor "SELECT string_agg(uuid, ' ' ORDER BY uuid) FROM search_reviews('payment')" "r1 r2" "two reviews found"
before=$(run_as postgres -c "SELECT string_agg(place || source || source_id || body, '|' ORDER BY place || source || source_id || body) FROM search_entry")
expect check_editor "INSERT INTO search_pending (review) SELECT id FROM review WHERE true ON CONFLICT DO NOTHING;
    SELECT count(*) FROM search_pending" 0 "asking for the index anew leaves nothing waiting"
expect postgres "SELECT string_agg(place || source || source_id || body, '|' ORDER BY place || source || source_id || body) FROM search_entry" "$before" \
    "the index made anew is the index kept by the triggers"
expect check_editor "DELETE FROM review WHERE uuid = 'r2'; SELECT count(*) FROM search_entry WHERE review NOT IN (SELECT id FROM review)" 0 \
    "a deleted review leaves the index"

echo "== done_at follows the status"
expect check_editor "INSERT INTO remediation (uuid, review, text, position, updated_at) VALUES ('m1', 1, 'Alert on queue depth', 'a', '2026-02-01T00:00:00.000Z');
    UPDATE remediation SET status = 'done', updated_at = '2026-02-03T00:00:00.000Z' WHERE uuid = 'm1';
    SELECT done_at FROM remediation" "2026-02-03T00:00:00.000Z" "done: done_at is the change's time"
expect check_editor "UPDATE remediation SET status = 'done', updated_at = '2026-02-04T00:00:00.000Z' WHERE uuid = 'm1';
    SELECT done_at FROM remediation" "2026-02-03T00:00:00.000Z" "done again: the time it was done stays"
expect check_editor "UPDATE remediation SET status = 'in-progress' WHERE uuid = 'm1'; SELECT coalesce(done_at, 'none') FROM remediation" \
    none "reopened: no done_at"
expect check_editor "INSERT INTO remediation (uuid, review, position, status, updated_at) VALUES ('m2', 1, 'b', 'done', '2026-03-01T00:00:00.000Z')
    RETURNING done_at" "2026-03-01T00:00:00.000Z" "stored as done: its last change"

echo "== statements of the store, prepared as Qt's driver prepares them"
expect check_reader "PREPARE p(text) AS SELECT uuid FROM review WHERE substr(uuid, 1, length(\$1)) = \$1 ORDER BY id;
    EXECUTE p('r')" r1 "a uuid prefix"
expect check_reader "PREPARE p(text, text, text, integer) AS SELECT c.uuid FROM timeline_event AS c JOIN review AS r ON r.id = c.review
    WHERE 1 = 1 AND lower(c.text) LIKE lower(\$1) ESCAPE '\\' ORDER BY (\$2 <> '' AND lower(trim(r.system)) = lower(\$3)) DESC,
    coalesce(r.meeting_at, r.created_at) DESC, r.id DESC, c.position LIMIT \$4; EXECUTE p('%CAFÉ%', 'Payments', 'payments', 5)" e1 \
    "LIKE without case, a boolean ordering"
expect check_editor "INSERT INTO departure (uuid, review, name, position) VALUES ('d1', 1, 'Kafka', 'a') RETURNING id" 1 \
    "an insert gives its id back (RETURNING id)"
expect check_reader "SELECT at || chr(31) || by FROM change_log ORDER BY at DESC, id DESC LIMIT 1" \
    "$(printf '2026-01-01T00:00:00.000Z\037check_editor')" "the change-log line of the review list"

echo "== an acknowledged edit survives an immediate shutdown"
run_as check_editor -c "INSERT INTO parking_lot (uuid, review, text, position) VALUES ('pl1', 1, 'Retry budget', 'a')"
"$INFLECTION_TEST_PG_CTL" stop -m immediate >/dev/null
"$INFLECTION_TEST_PG_CTL" start >/dev/null
expect check_reader "SELECT text FROM parking_lot WHERE uuid = 'pl1'" "Retry budget" "the row is there after pg_ctl stop -m immediate"

echo "== revoking"
expect postgres "SELECT inflection_revoke('check_reader')" "" "a login's roles taken"
refused check_reader "SELECT 1" "permission denied for database" "a revoked login cannot connect"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
