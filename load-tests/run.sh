#!/usr/bin/env bash
# The order ladder in one command: builds what is missing, starts the local stack (./run-local.sh --clean, in its own
# state directory), registers the couriers the peak rate needs, runs the Gatling simulation over the steps of
# load-tests/profile.json, stops the stack and writes the report to load-tests/target/report/ (steps.md, steps.json,
# throughput-latency.svg and Gatling's HTML report in gatling/). See load-tests/README.md and docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() {
  cat <<'EOF'
Usage: load-tests/run.sh [options]

Runs the order ladder of load-tests/profile.json against a fresh local stack and writes the report to
load-tests/target/report/. Options override the profile for this run:

  --steps 100,250,500        the steps' rates, orders/s
  --step-duration 60s        how long each step lasts
  --warm-up 300s             how long the warm-up ramps to the first step (0 for none)
  --pause 15s                the quiet time after the warm-up and after each step (lag and backlog drain)
  --durable                  Postgres with fsync and synchronous_commit on (./run-local.sh --durable-postgres)
  --pickup-delay 2s          the delivery simulator the stack runs with (default: profile.json's "simulator");
  --delivery-delay 3s        a courier stays busy for both delays and up to one pass after each, which sets
  --pass-interval 1s         how many couriers are registered
  --couriers N               have N couriers in the city instead of peak rate x (pickup + delivery + 2 passes)
                             x headroom; 0 registers none (no POST /couriers needed)
  --port-offset N            move every port of the stack by N (Postgres 5432+N, Kafka 9092+N and 9093+N,
                             services 8080+N..., management 9080+N...)
  --state-dir DIR            the stack's state directory (default load-tests/target/stack; --clean empties it)
  --stack-opt OPTION         one more ./run-local.sh option, e.g. --stack-opt --partitions=6 (repeatable)
  --ready-timeout SECONDS    how long the stack may take to start (default 300)
  --no-stack                 use a stack that is already running (state dir default .local) and leave it running
  -h, --help                 this text

The environment variable TOKEN, if set, is sent as Authorization: Bearer with every request. Without it, the
profile's users each place orders with their own customer token and couriers are registered with an operator's,
all minted with istio/jwt/mint-token.sh for the development issuer the local stack trusts (docs/security.md).
EOF
}

fail() {
  echo "load-tests/run.sh: $*" >&2
  exit 1
}

profile="$root/load-tests/profile.json"
# a profile value of the simulator section ("pickupDelay": "2s"): the file is ours, one key per line
profile_value() {
  sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" "$profile" | head -n 1
}

steps="" step_duration="" warm_up="" pause="" couriers=""
durable=false no_stack=false port_offset=0 state_dir="" ready_timeout=300
pickup_delay=$(profile_value pickupDelay)
delivery_delay=$(profile_value deliveryDelay)
pass_interval=$(profile_value passInterval)
stack_options=()
while [ $# -gt 0 ]; do
  option=$1
  value=""
  case "$option" in
    --*=*) value=${option#*=}; option=${option%%=*} ;;
  esac
  case "$option" in
    --durable | --no-stack | -h | --help) ;;
    --*)
      if [ -z "$value" ]; then
        [ $# -ge 2 ] || fail "$option needs a value (see --help)"
        value=$2
        shift
      fi
      ;;
  esac
  case "$option" in
    --steps) steps=$value ;;
    --step-duration) step_duration=$value ;;
    --warm-up) warm_up=$value ;;
    --pause) pause=$value ;;
    --durable) durable=true ;;
    --pickup-delay) pickup_delay=$value ;;
    --delivery-delay) delivery_delay=$value ;;
    --pass-interval) pass_interval=$value ;;
    --couriers) couriers=$value ;;
    --port-offset) port_offset=$value ;;
    --state-dir) state_dir=$value ;;
    --stack-opt) stack_options+=("$value") ;;
    --ready-timeout) ready_timeout=$value ;;
    --no-stack) no_stack=true ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; fail "unknown option $option" ;;
  esac
  shift
done
if [ -z "$state_dir" ]; then
  if [ "$no_stack" = true ]; then state_dir=.local; else state_dir=load-tests/target/stack; fi
fi
state_dir=$(mkdir -p "$state_dir" && cd "$state_dir" && pwd)
report="$root/load-tests/target/report"
postgres_port=$((5432 + port_offset))

# exports JAVA_HOME for a JDK >= 21, or explains what to install and exits
source ./scripts/find-jdk.sh

say() {
  echo "[$(date +%H:%M:%S)] $*"
}

# what ./run-local.sh needs, as it checks itself (building inside it would eat into the ready timeout)
version=$(sed -n '/<\/parent>/,$ s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
needed=("infra/target/infra-$version.jar" infra/target/launcher.classpath infra/target/otel/opentelemetry-javaagent.jar)
for service in user-service restaurant-service order-service payment-service delivery-service; do
  needed+=("$service/target/$service-$version.jar")
done
if [ "$no_stack" = false ]; then
  for file in "${needed[@]}"; do
    if [ ! -f "$file" ]; then
      say "Not built yet: $file. Building FoodMesh (./mvnw -B -ntp -q -DskipTests install)..."
      ./mvnw -B -ntp -q -DskipTests install
      break
    fi
  done
fi

rm -rf "$report"
mkdir -p "$report"

stack=""
gatling_pid=""
stop_stack() {
  if [ -n "$stack" ] && kill -0 "$stack" 2>/dev/null; then
    say "Stopping the stack (SIGTERM to the launcher, pid $stack)..."
    kill -TERM "$stack" 2>/dev/null || true
    for _ in $(seq 1 45); do
      kill -0 "$stack" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$stack" 2>/dev/null; then
      echo "load-tests/run.sh: the stack did not stop within 45 s; killing the launcher (its services may be left:" \
        "the next ./run-local.sh on $state_dir stops them)" >&2
      kill -KILL "$stack" 2>/dev/null || true
    fi
    wait "$stack" 2>/dev/null || true
    say "Stack stopped."
  fi
  stack=""
}
# on an early exit (a failure, Ctrl-C, SIGTERM) Gatling stops first, then the stack
cleanup() {
  if [ -n "$gatling_pid" ] && kill -0 "$gatling_pid" 2>/dev/null; then
    kill -TERM "$gatling_pid" 2>/dev/null || true
  fi
  stop_stack
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stack_command=(./run-local.sh --clean "--state-dir=$state_dir" "--port-offset=$port_offset"
  "--postgres-port=$postgres_port" "--kafka-port=$((9092 + port_offset))"
  "--kafka-controller-port=$((9093 + port_offset))" "--pickup-delay=$pickup_delay" "--delivery-delay=$delivery_delay"
  "--pass-interval=$pass_interval")
[ "$durable" = true ] && stack_command+=(--durable-postgres)
stack_command+=(${stack_options[@]+"${stack_options[@]}"} "--ready-timeout=$ready_timeout")
if [ "$no_stack" = true ]; then
  stack_description="a running stack (state in ${state_dir#"$root"/})"
else
  stack_description="${stack_command[*]}"
  stack_description=${stack_description//"$root"\//}
  say "Starting the stack: $stack_description (output in load-tests/target/report/stack.log)"
  "${stack_command[@]}" >"$report/stack.log" 2>&1 &
  stack=$!
  started=$(date +%s)
  until grep -q "FoodMesh is up" "$report/stack.log"; do
    if ! kill -0 "$stack" 2>/dev/null; then
      tail -n 40 "$report/stack.log" >&2
      stack=""
      fail "./run-local.sh exited before the stack was up (above: the end of $report/stack.log)"
    fi
    if [ $(($(date +%s) - started)) -gt $((ready_timeout + 60)) ]; then
      tail -n 40 "$report/stack.log" >&2
      fail "the stack was not up within $((ready_timeout + 60)) s"
    fi
    sleep 1
  done
  say "$(grep "FoodMesh is up" "$report/stack.log" | sed 's/^ *//')"
fi

if [ -z "${TOKEN:-}" ]; then
  customer_tokens=""
  for user in $(sed -n '/"userIds"/,/]/p' "$profile" | grep -o '[0-9a-f-]\{36\}'); do
    customer_tokens+="$user=$(istio/jwt/mint-token.sh "$user" customer 86400) "
  done
  FOODMESH_LOAD_CUSTOMER_TOKENS=$customer_tokens
  FOODMESH_LOAD_OPERATOR_TOKEN=$(istio/jwt/mint-token.sh dev-operator operator 86400)
  export FOODMESH_LOAD_CUSTOMER_TOKENS FOODMESH_LOAD_OPERATOR_TOKEN
fi

gatling=(./mvnw -B -ntp -pl load-tests gatling:test
  "-Dfoodmesh.load.profile=$profile" "-Dfoodmesh.load.reportDir=$report" "-Dfoodmesh.load.stateDir=$state_dir"
  "-Dfoodmesh.load.portOffset=$port_offset" "-Dfoodmesh.load.postgresPort=$postgres_port"
  "-Dfoodmesh.load.pickupDelay=$pickup_delay" "-Dfoodmesh.load.deliveryDelay=$delivery_delay"
  "-Dfoodmesh.load.passInterval=$pass_interval"
  "-Dfoodmesh.load.stack=$stack_description")
[ -n "$steps" ] && gatling+=("-Dfoodmesh.load.steps=$steps")
[ -n "$step_duration" ] && gatling+=("-Dfoodmesh.load.stepDuration=$step_duration")
[ -n "$warm_up" ] && gatling+=("-Dfoodmesh.load.warmUp=$warm_up")
[ -n "$pause" ] && gatling+=("-Dfoodmesh.load.pause=$pause")
[ -n "$couriers" ] && gatling+=("-Dfoodmesh.load.couriers=$couriers")
say "Running the ladder with Gatling (output in load-tests/target/report/gatling.log)..."
"${gatling[@]}" >"$report/gatling.log" 2>&1 &
gatling_pid=$!
# the kit's own progress lines; everything else stays in the log
tail -n +1 -f --pid="$gatling_pid" "$report/gatling.log" | grep --line-buffered -E \
  "^(Registering couriers|  [^ ].* had [0-9]+, registered|Watching|  no stack process|Knee:|> Global)|[0-9]+s elapsed" \
  || true
status=0
wait "$gatling_pid" || status=$?
gatling_pid=""

stop_stack

results="$root/load-tests/target/gatling"
last_run=$(cat "$results/lastRun.txt" 2>/dev/null || true)
[ -n "$last_run" ] && [ -d "$results/$last_run" ] || last_run=$(ls -t "$results" 2>/dev/null | grep -v lastRun | head -n 1 || true)
if [ -n "$last_run" ] && [ -f "$results/$last_run/index.html" ]; then
  cp -r "$results/$last_run" "$report/gatling"
fi

if [ "$status" -ne 0 ] || [ ! -f "$report/steps.md" ]; then
  # the kit's own exceptions say what went wrong and what to do; otherwise show the end of the log
  cause=$(grep -m 1 -o "dev\.foodmesh\.loadtest\.[A-Za-z$]*Exception: .*" "$report/gatling.log" || true)
  if [ -n "$cause" ]; then
    echo "${cause#*Exception: }" >&2
  else
    tail -n 40 "$report/gatling.log" >&2
  fi
  fail "the ladder did not complete (Gatling exited with $status; full output in load-tests/target/report/gatling.log)"
fi
echo
cat "$report/steps.md"
echo
say "Report: load-tests/target/report/ (steps.md, steps.json, throughput-latency.svg, gatling/index.html)"
