#!/usr/bin/env bash
# The probe behind docs/performance.md's JIT and agent comparisons: starts a fresh ./run-local.sh stack with the given
# options, adds 50,000 couriers in Berlin (no order ever waits for one), warms the JITs up with ROUNDS closed-loop
# rounds of cpu-probe.sh (150 s, 2 connections each), then measures one 60 s round. With PROFILE_DIR set it also
# records the measured round: async-profiler (itimer) on order-, payment- and delivery-service, `perf` on Postgres'
# backends, and `jstat -gc` at the end. With STATEMENTS_RATE set it counts the statements per order at that rate
# (statements.sh, 20 s) between the warm-up and the measured round. Stops the stack it started. Needs what
# cpu-probe.sh needs (wrk, psql).
# Usage: load-tests/probe/warm-probe.sh [ROUNDS=3] [run-local options...]
#   e.g. load-tests/probe/warm-probe.sh 3 --no-otel
#        PROFILE_DIR=/tmp/prof ASYNC_PROFILER=/path/libasyncProfiler.so load-tests/probe/warm-probe.sh 3
#        STATEMENTS_RATE=20 load-tests/probe/warm-probe.sh 1
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
shift || true
source scripts/find-jdk.sh >/dev/null
log=$(mktemp "${TMPDIR:-/tmp}/warm-probe.XXXXXX")
setsid ./run-local.sh --clean "$@" < /dev/null > "$log" 2>&1 &
stack=$!
trap 'kill -- "-$stack" 2>/dev/null; wait "$stack" 2>/dev/null || true' EXIT
until grep -q "FoodMesh is up" "$log"; do
  kill -0 "$stack" 2>/dev/null || { cat "$log"; echo "warm-probe: the stack did not start" >&2; exit 1; }
  sleep 1
done
grep "FoodMesh is up" "$log"
PGPASSWORD=foodmesh_delivery psql -h localhost -U foodmesh_delivery foodmesh_delivery -qc \
  "insert into couriers select gen_random_uuid(), 'load ' || g, 'Berlin', 'AVAILABLE', now() from generate_series(1, 50000) g"
for round in $(seq 1 "$rounds"); do
  echo "== warm-up round $round of $rounds"
  load-tests/probe/cpu-probe.sh 150 2 | grep -E "Requests/sec|orders placed|total"
done
if [ -n "${STATEMENTS_RATE:-}" ]; then
  echo "== statements per order at $STATEMENTS_RATE orders/s"
  load-tests/probe/statements.sh "$STATEMENTS_RATE" 20
fi
service_pid() { awk '{print $1}' ".local/pids/$1-service.pid"; }
profiler() { "$JAVA_HOME/bin/jcmd" "$(service_pid "$1")" JVMTI.agent_load "$ASYNC_PROFILER" "\"$2\"" > /dev/null; }
if [ -n "${PROFILE_DIR:-}" ]; then
  mkdir -p "$PROFILE_DIR"
  for service in order payment delivery; do profiler "$service" "start,event=itimer,interval=2ms"; done
  postmaster=$(head -n 1 .local/postgres/postmaster.pid)
  perf record -F 499 -g -p "$(pgrep -d, -P "$postmaster")" -o "$PROFILE_DIR/postgres.perf" -- sleep 55 \
    > "$PROFILE_DIR/perf.log" 2>&1 &
  perf_record=$!
fi
echo "== measured"
load-tests/probe/cpu-probe.sh 60 2
if [ -n "${PROFILE_DIR:-}" ]; then
  for service in order payment delivery; do
    profiler "$service" "stop,file=$PROFILE_DIR/$service.collapsed"
    echo "$service-service: $("$JAVA_HOME/bin/jstat" -gc "$(service_pid "$service")" | tail -n 1 \
      | awk '{print "young GCs", $(NF-6), "in", $(NF-5), "s"}')"
  done
  # only perf: a bare wait would wait for the stack too, which runs until the EXIT trap stops it
  wait "$perf_record"
fi
