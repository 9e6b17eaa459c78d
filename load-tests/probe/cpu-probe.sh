#!/usr/bin/env bash
# A quick closed-loop probe of a running ./run-local.sh stack: wrk posts the README's order with N connections for
# S seconds, and the probe reports orders placed, CPU per order for each process (from /proc/<pid>/stat) and where
# the orders of the window got to. It is the probe behind docs/performance.md's "What the profiles say"; the
# benchmark itself is load-tests/run.sh (open loop). With 0 connections it posts nothing and reports each process'
# CPU per second of the window instead: the stack's idle cost. Needs wrk (Debian: apt-get install wrk) and psql.
# Usage: load-tests/probe/cpu-probe.sh [seconds=30] [connections=2] [state dir=.local]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-2}
state=${3:-.local}
command -v wrk >/dev/null || { echo "cpu-probe: needs wrk (apt-get install wrk)"; exit 2; }
command -v psql >/dev/null || { echo "cpu-probe: needs psql (apt-get install postgresql-client)"; exit 2; }

orders() {
  PGPASSWORD=foodmesh_order psql -h localhost -U foodmesh_order foodmesh_order -At -c "$1"
}

# name and pids of every process of the stack: the services, the Postgres server with its backends, the launcher
processes() {
  local file postmaster
  for file in "$state"/pids/*.pid; do
    echo "$(basename "$file" .pid) $(awk '{print $1}' "$file")"
  done
  postmaster=$(head -n 1 "$state/postgres/postmaster.pid")
  echo "postgres $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  echo "kafka+launcher $(pgrep -f dev.foodmesh.infra.local.LocalStack | head -n 1)"
}

# clock ticks (user + system) per process name
ticks() {
  processes | while read -r name pids; do
    local total=0 pid
    for pid in $pids; do
      total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$name $total"
  done
}

before=$(orders "select count(*) from orders")
ticks > "${TMPDIR:-/tmp}/cpu-probe.before"
started=$(date +%s.%N)
if [ "$connections" = 0 ]; then
  sleep "$seconds"
  ticks > "${TMPDIR:-/tmp}/cpu-probe.after"
  join "${TMPDIR:-/tmp}/cpu-probe.before" "${TMPDIR:-/tmp}/cpu-probe.after" \
    | awk -v tick="$(getconf CLK_TCK)" -v s="$seconds" '{
        cpu = ($3 - $2) / tick; total += cpu
        printf "  %-20s %7.1f ms CPU per second (idle)\n", $1, 1000 * cpu / s
      } END { printf "  %-20s %7.1f ms CPU per second (idle)\n", "total", 1000 * total / s }'
  exit 0
fi
# Alice's customer token from the development issuer the local stack trusts (docs/security.md), for order.lua
TOKEN=${TOKEN:-$(istio/jwt/mint-token.sh 11111111-1111-4111-8111-111111111111 customer 86400)} \
  wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${seconds}s" -s load-tests/probe/order.lua \
  http://localhost:8080 | grep -E "Latency|Requests/sec|Non-2xx|Socket errors" || true
ticks > "${TMPDIR:-/tmp}/cpu-probe.after"
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
placed=$(($(orders "select count(*) from orders") - before))
echo "orders placed: $placed in ${elapsed%.*} s"
[ "$placed" -gt 0 ] || exit 1
join "${TMPDIR:-/tmp}/cpu-probe.before" "${TMPDIR:-/tmp}/cpu-probe.after" \
  | awk -v tick="$(getconf CLK_TCK)" -v n="$placed" -v s="$elapsed" '{
      cpu = ($3 - $2) / tick; total += cpu
      printf "  %-20s %7.2f s CPU  %5.1f %% of a core  %7.2f ms/order\n", $1, cpu, 100 * cpu / s, 1000 * cpu / n
    } END { printf "  %-20s %7.2f s CPU  %5.1f %% of a core  %7.2f ms/order\n", "total", total, 100 * total / s, 1000 * total / n }'
echo "where the window's orders are now:"
orders "select status, count(*) from orders where created_at > now() - interval '$((seconds + 15)) seconds' group by status order by 2 desc" \
  | sed 's/^/  /'
