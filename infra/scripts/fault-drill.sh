#!/usr/bin/env bash
# The fault drill of issue 9 in one command: starts a fresh local stack (./run-local.sh --clean) in its own state
# directory, places a mixed load of orders while it crashes, restarts and freezes the stack's parts through the
# launcher's control channel and feeds poison records to every topic, waits for quiescence, prints one table counted
# from the databases and the topics, and stops the stack. Exit 0 when every count that must be 0 is 0.
# See docs/reliability.md. --help lists the options.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  cat <<'EOF'
Usage: infra/scripts/fault-drill.sh [options]

Stack options (the drill starts its own stack with them, unless --no-stack):
  --port-offset=N            service ports 8080+N..., management 9080+N..., control channel 9079+N (default 0)
  --postgres-port=N          (default 5432)
  --kafka-port=N             (default 9092)
  --kafka-controller-port=N  (default 9093)
  --state-dir=DIR            the stack's data and logs (default infra/target/fault-drill; emptied first)
  --psp-failure-rate=X       share of payment-provider calls that fail transiently (default 0.05)
  --stack-opt=OPTION         one more ./run-local.sh option (repeatable)
  --no-stack                 use the stack already running on these ports and leave it running
  --short                    the CI drill: --orders=300 --rate=20 --faults=short
EOF
  drill --help
}

drill() {
  "$JAVA_HOME/bin/java" -Xmx512m -Dlogback.configurationFile=dev/foodmesh/infra/drill/logback-drill.xml \
    -cp "infra/target/infra-$version.jar:$(cat infra/target/launcher.classpath)" dev.foodmesh.infra.drill.FaultDrill "$@"
}

offset=0 postgres_port=5432 kafka_port=9092 controller_port=9093 control_port=""
state_dir="infra/target/fault-drill" failure_rate=0.05 no_stack=false
stack_options=() drill_options=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) help=true ;;
    --port-offset=*) offset=${arg#*=} ;;
    --postgres-port=*) postgres_port=${arg#*=} ;;
    --kafka-port=*) kafka_port=${arg#*=} ;;
    --kafka-controller-port=*) controller_port=${arg#*=} ;;
    --control-port=*) control_port=${arg#*=} ;;
    --state-dir=*) state_dir=${arg#*=} ;;
    --psp-failure-rate=*) failure_rate=${arg#*=} ;;
    --stack-opt=*) stack_options+=("${arg#*=}") ;;
    --no-stack) no_stack=true ;;
    --short) drill_options+=(--orders=300 --rate=20 --faults=short) ;;
    *) drill_options+=("$arg") ;;
  esac
done
control_port=${control_port:-$((9079 + offset))}

version=$(sed -n '/<\/parent>/,$ s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
source ./scripts/find-jdk.sh
missing=false
for service in user-service restaurant-service order-service payment-service delivery-service; do
  [ -f "$service/target/$service-$version.jar" ] || missing=true
done
[ -f infra/target/launcher.classpath ] && [ -f "infra/target/infra-$version.jar" ] || missing=true
if [ "$missing" = true ]; then
  echo "Building FoodMesh (./mvnw -B -q -DskipTests package)..."
  ./mvnw -B -q -DskipTests package
fi
if [ "${help:-false}" = true ]; then
  usage
  exit 0
fi

stack=""
stop_stack() {
  if [ -n "$stack" ] && kill -0 "$stack" 2>/dev/null; then
    echo "fault drill: stopping the stack (pid $stack)"
    kill -TERM "$stack" 2>/dev/null || true
    wait "$stack" 2>/dev/null || true
  fi
}
trap stop_stack EXIT

if [ "$no_stack" = false ]; then
  mkdir -p "$state_dir"
  out="$state_dir.out"
  # Postgres is killed with SIGKILL: only durable commits (fsync, synchronous_commit on) survive that, as in production
  FOODMESH_PAYMENT_SIMULATOR_FAILURERATE="$failure_rate" ./run-local.sh --clean --durable-postgres \
    --state-dir="$state_dir" --port-offset="$offset" --control-port="$control_port" \
    --postgres-port="$postgres_port" --kafka-port="$kafka_port" --kafka-controller-port="$controller_port" \
    --pickup-delay=5s --delivery-delay=5s ${stack_options[@]+"${stack_options[@]}"} >"$out" 2>&1 &
  stack=$!
  echo "fault drill: starting a stack (pid $stack, output in $out)..."
  started=$(date +%s)
  until grep -q "FoodMesh is up" "$out"; do
    if ! kill -0 "$stack" 2>/dev/null || [ $(($(date +%s) - started)) -gt 600 ]; then
      echo "fault drill: the stack did not come up; the end of $out:" >&2
      tail -n 40 "$out" >&2
      exit 2
    fi
    sleep 2
  done
  grep "FoodMesh is up" "$out"
fi

set +e
drill --port-offset="$offset" --postgres-port="$postgres_port" --kafka-port="$kafka_port" \
  --control-port="$control_port" --payment-log="$state_dir/logs/payment-service.log" \
  ${drill_options[@]+"${drill_options[@]}"}
result=$?
set -e
exit $result
