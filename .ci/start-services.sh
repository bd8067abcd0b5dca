#!/usr/bin/env bash
# Starts the database servers the adapter tests use — PostgreSQL on 127.0.0.1:5432 and MariaDB on
# 127.0.0.1:3306 — when they are down, and waits until both accept connections. Idempotent and
# silent when both are already up; exits non-zero with a message naming the server that did not
# come up within KINERJA_SERVICES_TIMEOUT seconds (default 30).
#
#   .ci/start-services.sh
#
# PGHOST/PGPORT and MARIADB_HOST/MARIADB_PORT override the addresses checked.
set -uo pipefail

TIMEOUT="${KINERJA_SERVICES_TIMEOUT:-30}"
PG_HOST="${PGHOST:-127.0.0.1}"
PG_PORT="${PGPORT:-5432}"
MARIADB_HOST="${MARIADB_HOST:-127.0.0.1}"
MARIADB_PORT="${MARIADB_PORT:-3306}"

log() { printf 'start-services: %s\n' "$*" >&2; }

# True when something accepts TCP connections on host:port (fallback when a client tool is missing).
tcp_open() {
  node -e '
    const socket = require("node:net").connect(Number(process.argv[2]), process.argv[1]);
    socket.setTimeout(2000, () => process.exit(1));
    socket.on("connect", () => process.exit(0)).on("error", () => process.exit(1));
  ' "$1" "$2" >/dev/null 2>&1
}

postgres_up() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2
  else
    tcp_open "$PG_HOST" "$PG_PORT"
  fi
}

mariadb_up() {
  local admin
  admin="$(command -v mariadb-admin || command -v mysqladmin || true)"
  if [ -n "$admin" ]; then
    "$admin" --protocol=tcp -h "$MARIADB_HOST" -P "$MARIADB_PORT" -u root --connect-timeout=2 ping >/dev/null 2>&1
  else
    tcp_open "$MARIADB_HOST" "$MARIADB_PORT"
  fi
}

start_postgres() {
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$version" ]; then
    log "PostgreSQL is down and no cluster exists under /etc/postgresql"
    return 1
  fi
  log "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
}

start_mariadb() {
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
}

# wait_for NAME CHECK: polls CHECK every half second until it succeeds or the deadline passes.
wait_for() {
  local name="$1" check="$2" deadline=$((SECONDS + TIMEOUT))
  until "$check"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "ERROR: $name did not accept connections within ${TIMEOUT}s"
      return 1
    fi
    sleep 0.5
  done
}

status=0
postgres_up || { start_postgres && wait_for "PostgreSQL ($PG_HOST:$PG_PORT)" postgres_up; } || status=1
mariadb_up || { start_mariadb && wait_for "MariaDB ($MARIADB_HOST:$MARIADB_PORT)" mariadb_up; } || status=1
exit "$status"
