#!/usr/bin/env bash
# Statements per order, counted by Postgres: logs every statement of a running ./run-local.sh stack
# (log_min_duration_statement = 0, with the database in each line) while open-loop.py posts the README's order at
# RATE/s for SECONDS, then counts them per database and per statement. Logging every statement slows Postgres down, so
# this counts work, it does not time it. Behind docs/performance.md, "Session of 2026-12-05 (afternoon)".
# Needs python3 and psql. Usage: load-tests/probe/statements.sh [rate=60] [seconds=20] [state dir=.local]
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-60}
seconds=${2:-20}
state=${3:-.local}
command -v python3 >/dev/null || { echo "statements: needs python3"; exit 2; }
command -v psql >/dev/null || { echo "statements: needs psql (apt-get install postgresql-client)"; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/statements.XXXXXX")
server() { psql -h localhost -U postgres -qAt "$@" > /dev/null; }
# the local stack's server trusts local connections (its pg_hba.conf)
server -c "alter system set log_min_duration_statement = 0" -c "alter system set log_line_prefix = '%m %d '" \
  -c "select pg_reload_conf()"
trap 'server -c "alter system reset log_min_duration_statement" -c "alter system reset log_line_prefix" -c "select pg_reload_conf()"' EXIT
sleep 1
from=$(($(wc -l < "$state/logs/postgres.log") + 1))
TOKEN=${TOKEN:-$(istio/jwt/mint-token.sh 11111111-1111-4111-8111-111111111111 customer 86400)} \
  python3 load-tests/probe/open-loop.py "$rate" "$seconds" "$work/requests"
# the saga's last steps of the window's orders (the simulator's pickup and completion) come seconds later
sleep 10
tail -n "+$from" "$state/logs/postgres.log" > "$work/log"
python3 load-tests/probe/statements.py "$work/log" "$(grep -c ' 201$' "$work/requests")"
rm -r "$work"
