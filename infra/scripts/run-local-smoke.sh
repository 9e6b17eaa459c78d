#!/usr/bin/env bash
# Issue 3's acceptance test, run as a user would: start ./run-local.sh, place an order over HTTP, follow it over SSE
# until DELIVERED, check that the order is one trace through all five services (the agent with the local stack's
# own list of instrumentations, --traces), stop the stack with SIGTERM and check that nothing is left running. .ci/run calls it after
# ./mvnw verify (it needs the service jars). Its own state directory and shifted ports keep it clear of a developer's
# stack: FOODMESH_SMOKE_PORT_OFFSET (default 20000) moves every port.
set -euo pipefail
cd "$(dirname "$0")/../.."

offset=${FOODMESH_SMOKE_PORT_OFFSET:-20000}
state="$PWD/infra/target/run-local-smoke"
out="$state.out"
orders="http://localhost:$((8080 + offset))/orders"
mkdir -p "$(dirname "$state")"

fail() {
  echo "run-local smoke test FAILED: $*" >&2
  echo "---- ./run-local.sh output ($out) ----" >&2
  tail -n 60 "$out" >&2 || true
  exit 1
}

stack=""
cleanup() {
  if [ -n "$stack" ] && kill -0 "$stack" 2>/dev/null; then
    kill -TERM "$stack" 2>/dev/null || true
    wait "$stack" 2>/dev/null || true
  fi
}
trap cleanup EXIT

started=$(date +%s)
./run-local.sh --clean --state-dir="$state" --port-offset="$offset" \
  --postgres-port=$((5432 + offset)) --kafka-port=$((9092 + offset)) --kafka-controller-port=$((9093 + offset)) \
  --pickup-delay=1s --delivery-delay=1s --traces >"$out" 2>&1 &
stack=$!

echo "run-local smoke: waiting for the stack (pid $stack, output in $out)..."
until grep -q "FoodMesh is up" "$out"; do
  kill -0 "$stack" 2>/dev/null || fail "./run-local.sh exited before the stack was up"
  [ $(($(date +%s) - started)) -lt 300 ] || fail "not up within 300 s"
  sleep 1
done
grep "FoodMesh is up" "$out"

# every process the stack runs, to check afterwards that none is left
pids="$(cat "$state"/pids/*.pid | awk '{print $1}' | tr '\n' ' ') $(head -n 1 "$state/postgres/postmaster.pid")"

# Alice's token as the banner prints it, so that the banner's tokens are tested as a user pastes them; the tokens
# come after "FoodMesh is up", so wait for the banner's last line (CI once read the output between the two)
until grep -q "Ctrl-C stops everything" "$out"; do
  kill -0 "$stack" 2>/dev/null || fail "./run-local.sh exited before it printed its whole banner"
  [ $(($(date +%s) - started)) -lt 300 ] || fail "the banner was not printed whole within 300 s"
  sleep 1
done
token=$(sed -n 's/^ *export ALICE_TOKEN=\([^ ]*\).*/\1/p' "$out")
[ -n "$token" ] || fail "the banner printed no ALICE_TOKEN"
auth="Authorization: Bearer $token"

# a client retries a 503 after its Retry-After with the same Idempotency-Key: on a cold stack the first order's
# lookups (user, restaurant, each verifying the token for the first time) may run past order-service's 1 s timeout
key="smoke-$(date +%s%N)"
for attempt in 1 2 3 4 5; do
  response=$(curl -si --max-time 30 "$orders" -H "$auth" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $key" \
    -d '{"userId":"11111111-1111-4111-8111-111111111111","restaurantId":"22222222-2222-4222-8222-222222222221","items":[{"menuItemId":"33333333-3333-4333-8333-333333333311","quantity":2}],"deliveryAddress":{"street":"Friedrichstr. 1","city":"Berlin","postalCode":"10117"},"paymentToken":"tok_visa"}' \
    | tr -d '\r')
  echo "$response" | head -n 1 | grep -q " 503" || break
  wait=$(echo "$response" | awk -F': ' 'tolower($1) == "retry-after" {print $2}')
  echo "run-local smoke: POST /orders answered 503 (attempt $attempt: $(echo "$response" | tail -n 1)), retrying after ${wait:-2} s"
  sleep "${wait:-2}"
done
echo "$response" | head -n 1 | grep -q " 201" || fail "POST /orders did not answer 201: $response"
order=$(echo "$response" | awk -F/ 'tolower($0) ~ /^location:/ {print $NF}')
[ -n "$order" ] || fail "no Location header in: $response"
echo "run-local smoke: placed order $order"

events=$(curl -sN --max-time 90 -H "$auth" "$orders/$order/events" || true)
echo "$events" | grep -q "DELIVERED" || fail "the SSE stream of order $order never showed DELIVERED: $events"
curl -s --max-time 10 -H "$auth" "$orders/$order" | grep -q '"status" *: *"DELIVERED"' || fail "GET /orders/$order is not DELIVERED"
echo "run-local smoke: order $order DELIVERED (SSE stream completed)"

# the agents export in batches: wait until the trace holds a span of every service and the delivery's last step
for _ in $(seq 1 20); do
  trace=$(./run-local.sh trace "$order" --port-offset="$offset" 2>&1 || true)
  missing=""
  for service in order-service user-service restaurant-service payment-service delivery-service; do
    echo "$trace" | grep -q " $service " || missing="$missing $service"
  done
  [ -z "$missing" ] && echo "$trace" | grep -q "handle dev.foodmesh.delivery.completed" && break
  sleep 1
done
[ -z "$missing" ] || fail "order $order's trace has no span of$missing: $trace"
echo "$trace" | grep -q "handle dev.foodmesh.delivery.completed" || fail "order $order's trace ends before DELIVERED: $trace"
echo "run-local smoke: order $order is one trace: $(echo "$trace" | head -n 1)"

stopping=$(date +%s)
kill -TERM "$stack"
for _ in $(seq 1 35); do
  kill -0 "$stack" 2>/dev/null || break
  sleep 1
done
kill -0 "$stack" 2>/dev/null && fail "./run-local.sh still running 35 s after SIGTERM"
wait "$stack" 2>/dev/null || true
stack=""
echo "run-local smoke: stopped in $(($(date +%s) - stopping)) s"

# a process that has exited but not yet been reaped by its new parent (Postgres' postmaster is re-parented to
# pid 1) is a zombie: it runs nothing, so it counts as gone
alive() { [ -n "$(ps -o stat= -p "$1" 2>/dev/null | grep -v '^Z')" ]; }
for pid in $pids; do
  for _ in 1 2 3 4 5; do alive "$pid" || break; sleep 1; done
  if alive "$pid"; then
    fail "process $pid is still running after the stack stopped: $(ps -o args= -p "$pid")"
  fi
done
for port in $((5432 + offset)) $((9092 + offset)) $((9093 + offset)) $(seq $((8080 + offset)) $((8084 + offset))) \
  $(seq $((9080 + offset)) $((9084 + offset))); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port still answers after the stack stopped"
  fi
done
echo "run-local smoke test passed: started, DELIVERED, one trace, stopped, nothing left running."
