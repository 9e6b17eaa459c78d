#!/usr/bin/env bash
# Prints the resident memory of a running local stack: the launcher JVM (with the Kafka broker), the five service
# JVMs and every Postgres process. RSS counts shared pages (Postgres' shared buffers) once per process; PSS splits
# them, so the PSS total is the stack's real footprint.
# Usage: infra/scripts/stack-memory.sh [state-dir]   (default .local)
set -euo pipefail
cd "$(dirname "$0")/../.."
state=${1:-.local}

kb() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/$3" 2>/dev/null || echo 0; }

declare -A groups
add() { groups[$1]="${groups[$1]:-} $2"; }

launcher=$(cat "$state/launcher.lock" 2>/dev/null || true)
[ -n "$launcher" ] && [ -d "/proc/$launcher" ] || { echo "No local stack running on $state" >&2; exit 1; }
add "launcher+kafka" "$launcher"
for file in "$state"/pids/*.pid; do
  add "$(basename "$file" .pid)" "$(awk '{print $1}' "$file")"
done
postmaster=$(head -n 1 "$state/postgres/postmaster.pid")
add postgres "$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"

total_rss=0
total_pss=0
printf '%-20s %10s %10s\n' process "RSS MiB" "PSS MiB"
for name in "launcher+kafka" order-service user-service restaurant-service payment-service delivery-service postgres; do
  rss=0
  pss=0
  for pid in ${groups[$name]:-}; do
    rss=$((rss + $(kb "$pid" VmRSS status)))
    pss=$((pss + $(kb "$pid" Pss smaps_rollup)))
  done
  total_rss=$((total_rss + rss))
  total_pss=$((total_pss + pss))
  printf '%-20s %10d %10d\n' "$name" $((rss / 1024)) $((pss / 1024))
done
printf '%-20s %10d %10d\n' total $((total_rss / 1024)) $((total_pss / 1024))
