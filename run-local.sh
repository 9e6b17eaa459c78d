#!/usr/bin/env bash
# Runs the whole FoodMesh system on this machine with one command, no Docker: a real Postgres 18, a real KRaft
# Kafka broker and the five services (demo data, OpenTelemetry agent, delivery simulator), in the foreground.
# Ctrl-C stops everything. State and logs live in .local/. See README.md, "Run it locally", and --help.
set -euo pipefail
cd "$(dirname "$0")"

build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

# exports JAVA_HOME for a JDK >= 21, or explains what to install and exits
source ./scripts/find-jdk.sh

version=$(sed -n '/<\/parent>/,$ s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
launcher_jar="infra/target/infra-$version.jar"

# "./run-local.sh trace <order-id>" asks the running stack (started with --traces) for one order's trace: no build,
# and no logging configuration, so that this second JVM leaves the running launcher's log alone
if [ "${1:-}" = trace ]; then
  [ -f "$launcher_jar" ] || { echo "Not built yet: $launcher_jar (start the stack first: ./run-local.sh --traces)" >&2; exit 1; }
  exec "$JAVA_HOME/bin/java" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfoodmesh.root="$PWD" \
    -cp "$launcher_jar:$(cat infra/target/launcher.classpath)" dev.foodmesh.infra.local.LocalStack "$@"
fi

needed=("$launcher_jar" infra/target/launcher.classpath infra/target/otel/opentelemetry-javaagent.jar)
for service in user-service restaurant-service order-service payment-service delivery-service; do
  needed+=("$service/target/$service-$version.jar")
done
for file in "${needed[@]}"; do
  [ -f "$file" ] || { echo "Not built yet: $file"; build=true; break; }
done
if [ "$build" = true ]; then
  mkdir -p .local
  build_log=.local/build.log
  echo "Building FoodMesh: ./mvnw -B -ntp -DskipTests install (full output in $build_log)."
  echo "The first build also downloads Maven, the dependencies, Kafka and the Postgres binaries: a few minutes."
  # one line per module as Maven starts it, so a long first build shows where it is; the whole output goes to the log
  if ! ./mvnw -B -ntp -DskipTests install 2>&1 | tee "$build_log" | ./scripts/build-progress.sh; then
    echo "The build failed; the end of $build_log:" >&2
    tail -n 40 "$build_log" >&2
    exit 1
  fi
fi

# The launcher JVM hosts the Kafka broker; Postgres and the services are child processes.
jvm_options=(-Xms64m -Xmx512m -XX:+UseSerialGC -Xss512k)
# Kafka still unmaps its index files through sun.misc.Unsafe; JDK 24+ warns about that on the console
if [ "$(foodmesh_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  jvm_options+=(--sun-misc-unsafe-memory-access=allow)
fi
exec "$JAVA_HOME/bin/java" "${jvm_options[@]}" \
  -Dlogback.configurationFile=dev/foodmesh/infra/local/logback-local-stack.xml \
  -Dfoodmesh.root="$PWD" \
  -cp "$launcher_jar:$(cat infra/target/launcher.classpath)" \
  dev.foodmesh.infra.local.LocalStack ${args[@]+"${args[@]}"}
