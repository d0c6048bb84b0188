#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests and benchmarks, listening on 127.0.0.1 only.
#
#   pg-test-cluster.sh start DIR [PORT]   initdb (first time) + start; prints the test role's URL
#   pg-test-cluster.sh stop DIR           fast shutdown (the directory is left for the caller)
#   pg-test-cluster.sh createdb DIR NAME  a fresh database owned by the test role; prints its URL
#   pg-test-cluster.sh url DIR [NAME]     the URL of a database in a running cluster
#
# PostgreSQL refuses to run as root, and CI runs as root on a fresh Debian 12 machine: then the
# server runs as the `postgres` system user (runuser), and DIR is handed to that user. The test
# role `lontar` (password `lontar`, CREATEDB) reaches the server over TCP with SCRAM; the unix
# socket lives inside DIR, so two clusters never collide and nothing touches /var/run/postgresql.
# Durability is off (fsync=off): a killed *server process* loses nothing, only an OS crash would,
# and these clusters never outlive the test run.
set -euo pipefail

PG_BIN="${LONTAR_PG_BIN:-/usr/lib/postgresql/15/bin}"
ROLE=lontar
PASSWORD=lontar

usage() {
  sed -n '2,7p' "$0" >&2
  exit 2
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

port_of() {
  sed -n "s/^port = \([0-9]*\).*/\1/p" "$1/data/postgresql.auto.conf" | tail -1
}

psql_admin() {
  local dir=$1
  shift
  as_pg env PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$(port_of "$dir")" -U postgres \
    -d postgres "$@"
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || usage
[ -x "$PG_BIN/initdb" ] || {
  echo "PostgreSQL binaries not found in $PG_BIN (install postgresql, see scripts/install-deps.sh)" >&2
  exit 3
}

case "$cmd" in
start)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || {
      echo "running as root but there is no 'postgres' user to run the server as" >&2
      exit 3
    }
    chown postgres: "$dir"
    chmod 700 "$dir"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    port=${3:-$(free_port)}
    as_pg mkdir -p "$dir/socket"
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    as_pg tee -a "$dir/data/postgresql.auto.conf" >/dev/null <<EOF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 60
shared_buffers = 64MB
logging_collector = off
EOF
    fresh=1
  else
    fresh=0
    if [ -n "${3:-}" ]; then
      as_pg sed -i "s/^port = .*/port = $3/" "$dir/data/postgresql.auto.conf"
    fi
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    tail -20 "$dir/server.log" >&2 || true
    exit 1
  }
  if [ "$fresh" = 1 ]; then
    psql_admin "$dir" -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" \
      -c "CREATE DATABASE $ROLE OWNER $ROLE"
  fi
  echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$(port_of "$dir")/$ROLE"
  ;;
stop)
  [ -f "$dir/data/PG_VERSION" ] || exit 0
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  ;;
createdb)
  name=${3:-}
  [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || {
    echo "database name must match [a-z_][a-z0-9_]*" >&2
    exit 2
  }
  psql_admin "$dir" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name OWNER $ROLE"
  echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$(port_of "$dir")/$name"
  ;;
url)
  echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$(port_of "$dir")/${3:-$ROLE}"
  ;;
*)
  usage
  ;;
esac
