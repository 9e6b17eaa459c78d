#!/usr/bin/env bash
# CI's check of the load-test kit (issue 8, point 7): load-tests/run.sh end to end at a low rate, one 10 s step at
# 20 orders/s after a 5 s warm-up, then: did it write the report, and were orders accepted. It asserts no time or
# latency: CI machines differ, and the numbers belong to the benchmark, not to a test. Ports are shifted by
# FOODMESH_LOAD_SMOKE_PORT_OFFSET (default 22000: clear of a developer's stack and of run-local-smoke.sh's 20000, and
# below the ephemeral port range). Arguments go on to run.sh (e.g. --stack-opt --no-otel).
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${FOODMESH_LOAD_SMOKE_PORT_OFFSET:-22000}
report=load-tests/target/report

fail() {
  echo "load-test smoke FAILED: $*" >&2
  exit 1
}

bash load-tests/run.sh --steps 20 --step-duration 10s --warm-up 5s --pause 5s --port-offset "$offset" \
  --state-dir load-tests/target/smoke-stack "$@"

for file in steps.md steps.json throughput-latency.svg gatling/index.html; do
  [ -s "$report/$file" ] || fail "the report has no $file"
done
grep -q '"rate" : 20,' "$report/steps.json" || fail "steps.json has no 20/s step"
grep -Eq '"accepted" : [1-9][0-9]*,' "$report/steps.json" || fail "no order was accepted (steps.json)"
grep -q "| 20/s |" "$report/steps.md" || fail "steps.md has no row for the 20/s step"
echo "load-test smoke passed: the ladder ran and wrote its report (load-tests/target/report)."
