#!/usr/bin/env bash
# Private PostgreSQL cluster for development and tests (loopback only, trust auth).
#   postgres.sh start  DATA_DIR PORT   create the cluster if needed and start it (idempotent)
#   postgres.sh stop   DATA_DIR        fast shutdown; exit 0 if it is not running
#   postgres.sh status DATA_DIR        exit 0 if it is running
set -euo pipefail

SHADOW_ROOT=/var/tmp/clinova-pg
PG_BIN=""

usage() {
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

die() {
  echo "postgres.sh: $*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# PostgreSQL refuses to run as root, so as root every server binary runs as `postgres`.
as_pg() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bin() {
  if [ -x /usr/lib/postgresql/15/bin/pg_ctl ]; then
    PG_BIN=/usr/lib/postgresql/15/bin
    return 0
  fi
  local candidate
  candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4n | tail -n 1 || true)
  if [ -n "$candidate" ] && [ -x "$candidate/pg_ctl" ]; then
    PG_BIN=$candidate
    return 0
  fi
  return 1
}

install_postgres() {
  if ! is_root || ! command -v apt-get >/dev/null 2>&1; then
    die "no PostgreSQL server found under /usr/lib/postgresql; install postgresql-15 and run again"
  fi
  echo "Installing postgresql-15 with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  # The Debian package creates and starts a cluster on 5432; ours must be the only server.
  pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
  if [ -f /etc/postgresql/15/main/start.conf ]; then
    echo manual >/etc/postgresql/15/main/start.conf || true
  fi
}

# Absolute but not symlink-resolved: DATA_DIR itself may be the symlink to a shadow dir.
absolute_path() {
  realpath -m -s "$1"
}

stop_cluster_at() {
  if [ -n "$PG_BIN" ] && [ -f "$1/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" status -D "$1" >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$1" -m fast >/dev/null
  fi
}

# When `postgres` cannot write next to DATA_DIR (e.g. a clone under /root), the cluster
# lives in a postgres-owned directory and DATA_DIR becomes a symlink to it.
prepare_shadow_dir() {
  local data=$1 shadow
  shadow=$(shadow_of "$data")
  mkdir -p "$SHADOW_ROOT"
  chmod 0755 "$SHADOW_ROOT"
  if [ -e "$shadow" ]; then
    # DATA_DIR was deleted (rm -rf follows no symlink): honour that and start afresh.
    stop_cluster_at "$shadow"
    rm -rf "$shadow"
  fi
  mkdir -p "$shadow"
  chown postgres:postgres "$shadow"
  chmod 0700 "$shadow"
  ln -s "$shadow" "$data"
}

prepare_data_dir() {
  local data=$1
  if [ -e "$data" ] || [ -L "$data" ]; then
    return 0
  fi
  mkdir -p "$(dirname "$data")"
  if is_root && ! runuser -u postgres -- test -w "$(dirname "$data")"; then
    prepare_shadow_dir "$data"
    return 0
  fi
  mkdir -p "$data"
  chmod 0700 "$data"
  if is_root; then
    chown postgres:postgres "$data"
  fi
}

init_cluster() {
  local data=$1 locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
    locale=C.UTF-8
  fi
  echo "Initialising a PostgreSQL cluster in $data (locale $locale)"
  as_pg "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale="$locale" >/dev/null
}

is_running() {
  local data=$1
  [ -f "$data/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" status -D "$data" >/dev/null 2>&1
}

cmd_start() {
  local data port
  data=$(absolute_path "$1")
  port=$2
  [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$port'"
  find_bin || { install_postgres && find_bin; } || die "PostgreSQL server binaries not found"
  prepare_data_dir "$data"
  if is_running "$data"; then
    echo "PostgreSQL already running (data: $data)"
    echo "PostgreSQL ready on 127.0.0.1:$port (data: $data)"
    return 0
  fi
  [ -f "$data/PG_VERSION" ] || init_cluster "$data"
  local real
  real=$(cd "$data" && pwd -P)
  as_pg mkdir -p "$real/socket"
  # A throw-away dev/test cluster: durability settings are traded for speed.
  as_pg "$PG_BIN/pg_ctl" start -D "$data" -w -t 60 -l "$real/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $real/socket -c max_connections=200 \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null ||
    die "PostgreSQL failed to start; see $real/server.log"
  echo "PostgreSQL ready on 127.0.0.1:$port (data: $data)"
}

shadow_of() {
  echo "$SHADOW_ROOT/$(printf '%s' "$1" | sha1sum | cut -d' ' -f1)"
}

# If DATA_DIR (a symlink) was deleted while its server ran, the server still lives in the shadow dir.
existing_data_dir() {
  local data=$1
  if [ ! -e "$data" ] && [ ! -L "$data" ] && [ -f "$(shadow_of "$data")/PG_VERSION" ]; then
    shadow_of "$data"
  else
    echo "$data"
  fi
}

cmd_stop() {
  local data
  data=$(existing_data_dir "$(absolute_path "$1")")
  if ! find_bin || ! is_running "$data"; then
    echo "PostgreSQL not running (data: $data)"
    return 0
  fi
  as_pg "$PG_BIN/pg_ctl" stop -D "$data" -m fast >/dev/null
  echo "PostgreSQL stopped (data: $data)"
}

cmd_status() {
  local data
  data=$(existing_data_dir "$(absolute_path "$1")")
  if find_bin && is_running "$data"; then
    echo "PostgreSQL running (data: $data)"
    return 0
  fi
  echo "PostgreSQL not running (data: $data)"
  return 3
}

case "${1:-}" in
  start) [ $# -eq 3 ] || usage; cmd_start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || usage; cmd_stop "$2" ;;
  status) [ $# -eq 2 ] || usage; cmd_status "$2" ;;
  *) usage ;;
esac
