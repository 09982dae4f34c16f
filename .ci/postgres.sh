#!/usr/bin/env bash
# Throwaway PostgreSQL for CI and local tests: `source .ci/postgres.sh start` exports DATABASE_URL_PG;
# `.ci/postgres.sh stop` stops it. Installs Debian's postgresql when missing (as root).
set -euo pipefail
PGPORT="${PGPORT:-5433}"
PGDIR="${PGDIR:-/tmp/newsgraph-pg-$PGPORT}"
bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start() {
  if [ -z "$(bin_dir)" ]; then
    echo "postgres: installing Debian's postgresql package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin="$(bin_dir)"
  stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR" && mkdir -p "$PGDIR" && chown postgres:postgres "$PGDIR"
  su postgres -c "$bin/initdb -D $PGDIR -U postgres --auth=trust >/dev/null && $bin/pg_ctl -D $PGDIR -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $PGDIR.log -w start >/dev/null"
  export DATABASE_URL_PG="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
  echo "postgres: running on 127.0.0.1:$PGPORT ($PGDIR)" >&2
}

stop() {
  local bin; bin="$(bin_dir)"
  [ -n "$bin" ] && [ -d "$PGDIR" ] && su postgres -c "$bin/pg_ctl -D $PGDIR -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PGDIR" "$PGDIR.log"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
