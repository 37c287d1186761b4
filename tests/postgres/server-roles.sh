#!/usr/bin/env bash
# inflection server grant/revoke on a throwaway server, and what the roles let each login do: a reader's
# write is refused by the server (through Inflection and through a raw UPDATE on the reader's own
# connection), an editor cannot change the workspace's settings, the change log names the login.
#
#   tests/postgres/server-roles.sh path/to/inflection    (starts its own server through scripts/with-postgres)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${INFLECTION_TEST_PG_DATA:-}" ] || [ -z "${INFLECTION_TEST_POSTGRES:-}" ]; then
    exec "$root/scripts/with-postgres" "$0" "$@"
fi
inflection=$1
export PGCONNECT_TIMEOUT=10 PGOPTIONS="-c client_min_messages=warning" LC_ALL=C.UTF-8 LANGUAGE=
owner_uri=$INFLECTION_TEST_POSTGRES
uri_of() { echo "${owner_uri/user=postgres/user=$1}"; }
psql=$INFLECTION_TEST_PG_BIN/psql
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1" >&2; }
run_as() {
    local login=$1
    shift
    "$psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$(uri_of "$login")" "$@"
}
# expect_status STATUS 'what it shows' COMMAND…: the command exits with STATUS; its output is in $tmp/out.
expect_status() {
    local expected=$1 what=$2 status=0
    shift 2
    "$@" >"$tmp/out" 2>&1 || status=$?
    if [ "$status" = "$expected" ]; then pass "$what"; else fail "$what (exit $status: $(cat "$tmp/out"))"; fi
}
expect_output() { # PATTERN 'what it shows'
    if grep -q -- "$1" "$tmp/out"; then pass "$2"; else fail "$2 (output: $(cat "$tmp/out"))"; fi
}

# The workspace, made by the owner, with its roles and a review; three logins with no rights yet.
"$inflection" demo "$tmp/demo.inflection" >/dev/null
expect_status 1 "grant before init fails" "$inflection" server grant "$owner_uri" postgres reader
expect_status 0 "server init" "$inflection" server init "$owner_uri"
expect_output "reader, editor and admin" "server init says what it made"
expect_status 0 "server init again changes nothing" "$inflection" server init "$owner_uri"
# The reviews come in through an admin who is no superuser: the statistics made after the copy touch
# only the workspace's own tables, with no warning about the server's catalogs.
run_as postgres -c "CREATE ROLE dora LOGIN" >/dev/null
expect_status 0 "grant dora admin" "$inflection" server grant "$owner_uri" dora admin
expect_status 0 "copy by an admin" "$inflection" copy "$tmp/demo.inflection" "$(uri_of dora)"
if grep -q "WARNING" "$tmp/out"; then fail "copy by an admin warns ($(grep -m3 WARNING "$tmp/out"))"
else pass "copy by an admin prints no server warnings"; fi
run_as postgres -c "CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE carol LOGIN" >/dev/null
uuid=$(run_as postgres -c "SELECT uuid FROM review ORDER BY id LIMIT 1")
"$inflection" export "$tmp/demo.inflection" "$uuid" --format json -o "$tmp/review.json" >/dev/null
sed 's/"title": "\([^"]*\)"/"title": "\1 (edited)"/' "$tmp/review.json" >"$tmp/edited.json"

# grant and revoke, and their mistakes.
expect_status 0 "grant alice reader" "$inflection" server grant "$owner_uri" alice reader
expect_output "alice is now reader" "grant says what it did"
expect_status 0 "grant bob editor" "$inflection" server grant "$owner_uri" bob editor
expect_status 0 "grant bob editor again changes nothing" "$inflection" server grant "$owner_uri" bob editor
expect_status 2 "a bad level is a usage error" "$inflection" server grant "$owner_uri" carol owner
expect_output "is not a level" "a bad level is named"
expect_status 1 "an unknown login fails" "$inflection" server grant "$owner_uri" nobody reader
expect_output "has no login “nobody”" "an unknown login is named"
expect_status 1 "an editor may not grant" "$inflection" server grant "$(uri_of bob)" carol admin
expect_output "may not give or take roles" "no permission to grant is said so"
expect_status 2 "a file is not a server" "$inflection" server grant "$tmp/demo.inflection" carol reader
expect_status 2 "server without an action is a usage error" "$inflection" server
[ "$(run_as postgres -c "SELECT pg_has_role('alice', 'inflection_inflection_reader', 'MEMBER'), pg_has_role('bob', 'inflection_inflection_editor', 'MEMBER')")" = "t|t" ] \
    && pass "the server has the grants" || fail "the server has the grants"

# A reader reads, and cannot write: through Inflection, and with a raw UPDATE on its own connection.
expect_status 0 "a reader lists the reviews" "$inflection" list "$(uri_of alice)"
expect_status 1 "a reader's import is refused" "$inflection" import "$(uri_of alice)" "$tmp/edited.json"
if run_as alice -c "UPDATE review SET title = 'changed by a reader'" >"$tmp/out" 2>&1; then
    fail "a reader's raw UPDATE is refused by the server"
else
    expect_output "permission denied" "a reader's raw UPDATE is refused by the server"
fi
[ "$(run_as postgres -c "SELECT count(*) FROM review WHERE title LIKE '%changed by a reader%' OR title LIKE '%(edited)'")" = 0 ] \
    && pass "nothing a reader tried was written" || fail "nothing a reader tried was written"

# An editor writes reviews, the log names its login; it cannot change the workspace's settings.
expect_status 0 "an editor imports a review" "$inflection" import "$(uri_of bob)" "$tmp/edited.json" --force
[ "$(run_as postgres -c "SELECT updated_by FROM review WHERE uuid = '$uuid'")" = bob ] \
    && pass "the review names the editor's login" || fail "the review names the editor's login"
[ "$(run_as postgres -c "SELECT by FROM change_log WHERE review = (SELECT id FROM review WHERE uuid = '$uuid') ORDER BY id DESC LIMIT 1")" = bob ] \
    && pass "the change log names the editor's login" || fail "the change log names the editor's login"
if run_as bob -c "INSERT INTO workspace_setting (key, value) VALUES ('timezone', 'Europe/Berlin') ON CONFLICT (key) DO UPDATE SET value = excluded.value" >"$tmp/out" 2>&1; then
    fail "an editor cannot change the workspace's settings"
else
    expect_output "permission denied" "an editor cannot change the workspace's settings"
fi
if run_as bob -c "INSERT INTO known_technology (uuid, kind, name) VALUES ('x', 'tool', 'Cobol')" >"$tmp/out" 2>&1; then
    fail "an editor cannot add a known technology"
else
    expect_output "permission denied" "an editor cannot add a known technology"
fi

# revoke takes the role away: alice can no longer read.
expect_status 0 "revoke alice" "$inflection" server revoke "$owner_uri" alice
expect_output "alice has no role" "revoke says what it did"
expect_status 1 "revoke of an unknown login fails" "$inflection" server revoke "$owner_uri" nobody
if run_as alice -c "SELECT count(*) FROM review" >"$tmp/out" 2>&1; then
    fail "a revoked login cannot read"
else
    expect_output "permission denied" "a revoked login cannot read"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
