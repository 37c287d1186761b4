#!/bin/sh
# inflection copy, file → server → file, twice in a row, of the demo workspace (the worked examples and a
# year of reviews): every review gives the same interchange JSON on both files, the history (change_log),
# settings, known technologies, revisions, times and authors are the same on all three, and the second
# run copies nothing.
#
#   tests/postgres/copy-roundtrip.sh path/to/inflection    (starts its own server through scripts/with-postgres)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${INFLECTION_TEST_PG_DATA:-}" ] || [ -z "${INFLECTION_TEST_POSTGRES:-}" ]; then
    exec "$root/scripts/with-postgres" "$0" "$@"
fi

inflection=$1
server=${INFLECTION_TEST_POSTGRES:?run under scripts/with-postgres}
psql="$INFLECTION_TEST_PG_BIN/psql -X -q -At -F| -v ON_ERROR_STOP=1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$inflection" demo "$tmp/demo.inflection" >/dev/null

history_query="SELECT r.uuid, c.at, c.by, c.what, c.field, c.old_value, c.new_value
    FROM change_log AS c JOIN review AS r ON r.id = c.review ORDER BY r.uuid, c.at, c.what, c.field, c.new_value"
settings_query="SELECT key, value, revision, updated_at, updated_by FROM workspace_setting ORDER BY key"
technology_query="SELECT uuid, revision, kind, name FROM known_technology ORDER BY uuid"
review_query="SELECT uuid, revision, created_at, updated_at, updated_by FROM review ORDER BY uuid"

same_tables() { # $1 a file, or "server"; $2 the file to write
    for query in "$history_query" "$settings_query" "$technology_query" "$review_query"; do
        # Sorted as bytes: rows that tie on every ORDER BY column (two votes in one millisecond) may
        # come in either order.
        if [ "$1" = server ]; then
            $psql -d "$server" -c "$query"
        else
            sqlite3 -readonly "$1" "$query"
        fi | LC_ALL=C sort
    done >"$2"
}

for round in 1 2; do
    start=$(date +%s%N)
    "$inflection" copy "$tmp/demo.inflection" "$server" >"$tmp/to-server.$round" 2>"$tmp/progress.$round" \
        || fail "copy to the server, round $round: $(cat "$tmp/progress.$round")"
    end=$(date +%s%N)
    echo "round $round: file → server in $(((end - start) / 1000000)) ms: $(tail -2 "$tmp/to-server.$round" | tr '\n' ' ')"
    "$inflection" copy "$server" "$tmp/back.inflection" >"$tmp/to-file.$round" 2>>"$tmp/progress.$round" \
        || fail "copy back to a file, round $round: $(cat "$tmp/progress.$round")"
    echo "round $round: server → file: $(tail -2 "$tmp/to-file.$round" | tr '\n' ' ')"
    if [ "$round" = 2 ]; then
        grep -q "^0 review" "$tmp/to-server.$round" || fail "the second copy to the server wrote reviews"
        grep -q "^0 review" "$tmp/to-file.$round" || fail "the second copy back wrote reviews"
    fi

    "$inflection" list "$tmp/demo.inflection" --json | grep -o '"uuid": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' \
        >"$tmp/uuids"
    count=$(wc -l <"$tmp/uuids")
    [ "$count" -gt 10 ] || fail "the demo workspace lists only $count reviews"
    "$inflection" list "$server" --json | grep -o '"uuid": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' \
        >"$tmp/uuids.server"
    sort "$tmp/uuids" >"$tmp/a"
    sort "$tmp/uuids.server" >"$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || fail "the server lists other reviews than the file"
    while read -r uuid; do
        "$inflection" export "$tmp/demo.inflection" "$uuid" --format json -o "$tmp/a.json" >/dev/null
        "$inflection" export "$tmp/back.inflection" "$uuid" --format json -o "$tmp/b.json" >/dev/null
        cmp -s "$tmp/a.json" "$tmp/b.json" || {
            diff "$tmp/a.json" "$tmp/b.json" | head -20 >&2
            fail "review $uuid differs after the round trip (round $round)"
        }
    done <"$tmp/uuids"
    echo "round $round: $count reviews give the same interchange JSON"

    same_tables "$tmp/demo.inflection" "$tmp/demo.tables"
    same_tables server "$tmp/server.tables"
    same_tables "$tmp/back.inflection" "$tmp/back.tables"
    cmp -s "$tmp/demo.tables" "$tmp/server.tables" || {
        diff "$tmp/demo.tables" "$tmp/server.tables" | head -20 >&2
        fail "the server's history, settings or revisions differ from the file's (round $round)"
    }
    cmp -s "$tmp/demo.tables" "$tmp/back.tables" || {
        diff "$tmp/demo.tables" "$tmp/back.tables" | head -20 >&2
        fail "the copy's history, settings or revisions differ from the file's (round $round)"
    }
    echo "round $round: history ($(grep -c . "$tmp/demo.tables") rows with settings and reviews) the same on all three"
done

# A review changed later at the destination is not overwritten, and said so.
uuid=$(head -1 "$tmp/uuids")
sqlite3 "$tmp/back.inflection" "UPDATE review SET updated_at = '2999-01-01T00:00:00.000Z', revision = revision + 1 WHERE uuid = '$uuid'"
"$inflection" copy "$server" "$tmp/back.inflection" >"$tmp/newer" 2>/dev/null || fail "copy onto a newer review"
grep -q "changed later at the destination: .*$uuid" "$tmp/newer" || { cat "$tmp/newer" >&2; fail "a newer review was not named"; }
[ "$(sqlite3 "$tmp/back.inflection" "SELECT updated_at FROM review WHERE uuid = '$uuid'")" = 2999-01-01T00:00:00.000Z ] \
    || fail "a newer review was overwritten"
echo "a review newer at the destination is left as it is and named"
echo PASS
