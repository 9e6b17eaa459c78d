#!/usr/bin/env bash
# Where one service's start-up CPU goes. Beside a running ./run-local.sh stack, starts one more instance of SERVICE
# (its jar, JVM options, arguments and environment, other ports) with the given JVM options added, waits for Spring
# Boot's "Started" line, and prints the wall time to it, the process' CPU seconds and how they split over its
# threads: the main thread (class loading, the agent's transformations, Spring's context), the C2 and C1 compiler
# threads, and the rest. Stops the instance it started. Behind docs/performance.md's start-up rows; the fleet's own figure is run-local.sh's
# "everything ready in" line.
# Usage: load-tests/probe/start-probe.sh SERVICE [--no-agent] [--jar=PATH] [JVM options...]
#   --jar=PATH starts that (unpacked) jar instead of the running one's, e.g. a build with Spring AOT
#   e.g. load-tests/probe/start-probe.sh user-service
#        load-tests/probe/start-probe.sh user-service -XX:TieredStopAtLevel=1
#        load-tests/probe/start-probe.sh user-service --no-agent -XX:AOTCache=/tmp/user.aot
set -euo pipefail
cd "$(dirname "$0")/../.."
usage() { sed -n '/^# Usage/,/^[^#]/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
service=$1
shift
agent=true
jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-agent) agent=false ;;
    --jar=*) jar=${1#--jar=} ;;
    *) break ;;
  esac
  shift
done
source scripts/find-jdk.sh >/dev/null
pid_file=.local/pids/$service.pid
[ -f "$pid_file" ] || { echo "start-probe: no running $service (start ./run-local.sh first)" >&2; exit 2; }
running=$(awk '{print $1}' "$pid_file")
# the running instance's command line: java [-javaagent:…] [JVM options] -jar <jar> [arguments]
mapfile -t running_command < <(tr '\0' '\n' < "/proc/$running/cmdline")
jvm_options=() arguments=()
for ((i = 1; i < ${#running_command[@]}; i++)); do
  case "${running_command[i]}" in
    -javaagent:*) ;;
    -jar)
      [ -n "$jar" ] || jar=${running_command[i + 1]}
      arguments=("${running_command[@]:i+2}")
      break ;;
    *) jvm_options+=("${running_command[i]}") ;;
  esac
done
[ -n "$jar" ] || { echo "start-probe: cannot read $service's command line" >&2; exit 2; }

# the running instance's configuration (database, Kafka, tokens, agent settings), on ports of its own
mapfile -t environment < <(tr '\0' '\n' < "/proc/$running/environ" | grep -E '^(FOODMESH|SPRING|MANAGEMENT|OTEL)_')
command=("$JAVA_HOME/bin/java")
[ "$agent" = true ] && command+=("-javaagent:infra/target/otel/opentelemetry-javaagent.jar")
command+=("${jvm_options[@]}" "$@" -jar "$jar" ${arguments[@]+"${arguments[@]}"})

log=$(mktemp "${TMPDIR:-/tmp}/start-probe.XXXXXX")
started=$(date +%s%N)
env -i PATH="$PATH" HOME="$HOME" "${environment[@]}" SERVER_PORT=18099 MANAGEMENT_SERVER_PORT=19099 \
  "${command[@]}" > "$log" 2>&1 &
instance=$!
trap 'kill "$instance" 2>/dev/null; wait "$instance" 2>/dev/null || true' EXIT
until grep -q '"Started ' "$log"; do
  kill -0 "$instance" 2>/dev/null || { tail -n 20 "$log"; echo "start-probe: $service exited (log $log)" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s%N)

# clock ticks per thread kind; threads that already ended (compiler threads come and go) count in the process total
ticks() { awk '{print $14 + $15}' "$1"; }
main=0 c2=0 c1=0 rest=0
for task in /proc/"$instance"/task/*; do
  case "$(cat "$task/comm")" in
    java) main=$((main + $(ticks "$task/stat"))) ;;
    "C2 CompilerThre") c2=$((c2 + $(ticks "$task/stat"))) ;;
    "C1 CompilerThre") c1=$((c1 + $(ticks "$task/stat"))) ;;
    *) rest=$((rest + $(ticks "$task/stat"))) ;;
  esac
done
total=$(ticks "/proc/$instance/stat")
hz=$(getconf CLK_TCK)
awk -v wall=$(((ready - started) / 1000000)) -v total="$total" -v main="$main" -v c2="$c2" -v c1="$c1" \
  -v rest="$rest" -v hz="$hz" -v service="$service" 'BEGIN {
    printf "%s: started after %.1f s wall, %.1f s CPU: main thread %.1f, C2 %.1f, C1 %.1f, other threads %.1f, ended threads %.1f\n",
      service, wall / 1000, total / hz, main / hz, c2 / hz, c1 / hz, rest / hz, (total - main - c2 - c1 - rest) / hz }'
