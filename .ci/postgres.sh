#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests on 127.0.0.1:${SITREP_PG_PORT:-54329}
# (installing the Debian package `postgresql` when it is missing), and prints its connection
# string on stdout. Idempotent: a server already answering on the port is reused.
#   export SITREP_TEST_POSTGRES="$(.ci/postgres.sh)"
set -euo pipefail
port="${SITREP_PG_PORT:-54329}"
dir="${SITREP_PG_DIR:-/tmp/sitrep-pg-$port}"
conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

log() { echo "postgres.sh: $*" >&2; }

bindir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ -z "$(bindir)" ]; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The package's own cluster is not needed; ours lives in $dir.
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin="$(bindir)" || { log "no PostgreSQL server binaries found after installing"; exit 1; }

if as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  log "a server already answers on 127.0.0.1:$port"
  echo "$conn"
  exit 0
fi

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
chmod 700 "$dir"
if [ ! -f "$dir/PG_VERSION" ]; then
  log "creating a cluster in $dir"
  as_postgres "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
    || as_postgres "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C >&2
fi

log "starting the server on 127.0.0.1:$port"
as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
  || { log "the server did not start; its log:"; cat "$dir/server.log" >&2; exit 1; }

for _ in $(seq 1 30); do
  if as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    echo "$conn"
    exit 0
  fi
  sleep 1
done
log "the server does not answer on 127.0.0.1:$port"
exit 1
