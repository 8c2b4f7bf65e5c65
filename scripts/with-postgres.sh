#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server, for the postgres half of the store tests:
#   scripts/with-postgres.sh make test        (what `make test` does for you when PostgreSQL is installed)
# The server (initdb into a temporary folder, 127.0.0.1 on a free port, trust auth, fsync off) lives as
# long as the command; NEWSDESK_TEST_PG_URL points the tests at it. Without PostgreSQL's binaries the
# command runs alone and the postgres tests are skipped -- unless NEWSDESK_REQUIRE_POSTGRES=1 (CI),
# which makes a missing or failing server an error.
set -euo pipefail

if [[ -n "${NEWSDESK_TEST_PG_URL:-}" ]]; then
    exec "$@"  # a server was given
fi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/pg_ctl" ]]; then
    bindir="$(pg_config --bindir)"
else
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/pg_ctl" ]] && bindir="$candidate"
    done
fi
if [[ -z "$bindir" ]]; then
    if [[ "${NEWSDESK_REQUIRE_POSTGRES:-}" == 1 ]]; then
        echo "with-postgres: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
        exit 1
    fi
    echo "with-postgres: no PostgreSQL found; the postgres store tests will be skipped" >&2
    exec "$@"
fi

workdir="$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-pg.XXXXXX")"
# PostgreSQL refuses to run as root: as root, the server runs as the postgres system user.
as_server=()
if [[ "$(id -u)" == 0 ]]; then
    chown postgres "$workdir"
    as_server=(runuser -u postgres --)
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap stop EXIT

"${as_server[@]}" "$bindir/initdb" -D "$workdir/data" -U newsdesk -A trust -E UTF8 --locale=C.UTF-8 >"$workdir/initdb.log" 2>&1 \
    || { cat "$workdir/initdb.log" >&2; echo "with-postgres: initdb failed" >&2; exit 1; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $port -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null \
    || { cat "$workdir/server.log" >&2; echo "with-postgres: the server did not start" >&2; exit 1; }
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U newsdesk newsdesk_test

export NEWSDESK_TEST_PG_URL="postgresql://newsdesk@127.0.0.1:$port/newsdesk_test"
echo "with-postgres: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit "$status"
