#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (Python test extras;
# Debian's postgresql and chromium when run as root), starts a throw-away PostgreSQL on
# loopback for the store tests, runs ruff and pytest, and stops the server again.
set -euo pipefail
cd "$(dirname "$0")/.."

# the README's install command, as written, with a fresh venv's own pip, must read HTML
if [ "${WARTA_SKIP_README_INSTALL:-0}" != 1 ]; then
  bash scripts/readme_install_check.sh
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q -e ".[test]"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ "${#need[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# A private PostgreSQL cluster on 127.0.0.1, owned by the postgres system user.
PG_DIR=""
stop_pg() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${WARTA_TEST_PG_URL:-}" ] && [ -n "$PG_BIN" ] && [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
  PG_DIR=$(mktemp -d /tmp/warta-pg.XXXXXX)
  chown postgres "$PG_DIR"
  PG_PORT=${WARTA_TEST_PG_PORT:-54329}
  trap stop_pg EXIT
  su postgres -s /bin/sh -c "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres" >/dev/null
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off\" start" >/dev/null
  su postgres -s /bin/sh -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres warta_test"
  export WARTA_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/warta_test"
fi

ruff check src tests bench
python -m pytest "$@"
