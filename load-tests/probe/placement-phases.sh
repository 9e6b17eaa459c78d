#!/usr/bin/env bash
# Where placement's latency tail sits against the courier simulator's passes (one a second, each moving every due
# delivery at once): posts the README's order open loop at RATE/s for SECONDS against a running ./run-local.sh stack
# (simulator on), reads when the window's deliveries were picked up and completed, and prints placement latency by the
# time since the last pass. Behind docs/performance.md, "Session of 2026-12-05 (afternoon)". Needs python3 and psql.
# Usage: load-tests/probe/placement-phases.sh [rate=60] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-60}
seconds=${2:-60}
command -v python3 >/dev/null || { echo "placement-phases: needs python3"; exit 2; }
command -v psql >/dev/null || { echo "placement-phases: needs psql (apt-get install postgresql-client)"; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/placement-phases.XXXXXX")
started=$(date +%s.%N)
# Alice's customer token from the development issuer the local stack trusts (docs/security.md)
TOKEN=${TOKEN:-$(istio/jwt/mint-token.sh 11111111-1111-4111-8111-111111111111 customer 86400)} \
  python3 load-tests/probe/open-loop.py "$rate" "$seconds" "$work/requests"
# the simulator moves the last deliveries of the window 5 s (2 s + 3 s in the ladder's stack) after they are paid
sleep 10
PGPASSWORD=foodmesh_delivery psql -h localhost -U foodmesh_delivery foodmesh_delivery -At -F ' ' -c \
  "select extract(epoch from picked_up_at) * 1000, extract(epoch from completed_at) * 1000 from deliveries
   where requested_at > to_timestamp($started) and completed_at is not null" > "$work/moves"
python3 load-tests/probe/placement-phases.py "$work/requests" "$work/moves"
rm -r "$work"
