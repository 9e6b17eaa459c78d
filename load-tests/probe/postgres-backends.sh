#!/usr/bin/env bash
# Where Postgres' CPU goes, per backend: runs cpu-probe.sh against a running ./run-local.sh stack and splits the
# server's CPU of the window (from /proc/<pid>/stat) over its processes, each named by pg_stat_activity (backend type
# and database), then sums them per name in ms per order. A backend that ended inside the window is not counted. Behind
# docs/performance.md's "Session of 2026-12-06 (night)". Needs what cpu-probe.sh needs (wrk, psql) and python3.
# Usage: load-tests/probe/postgres-backends.sh [seconds=60] [connections=2] [state dir=.local]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
connections=${2:-2}
state=${3:-.local}
command -v python3 >/dev/null || { echo "postgres-backends: needs python3"; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/postgres-backends.XXXXXX")
trap 'rm -r "$work"' EXIT
postmaster=$(head -n 1 "$state/postgres/postmaster.pid")

# pid and CPU ticks of the postmaster and each of its children
ticks() {
  local pid
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(awk '{print $14 + $15}' "/proc/$pid/stat")"
  done
}

# pid|backend type|database; the local server trusts local connections (its pg_hba.conf)
activity() {
  psql -h localhost -U postgres -qAtF'|' -c "select pid, backend_type, coalesce(datname, '') from pg_stat_activity"
}

activity > "$work/activity"
ticks > "$work/before"
load-tests/probe/cpu-probe.sh "$seconds" "$connections" "$state" | tee "$work/probe"
ticks > "$work/after"
activity >> "$work/activity"
orders=$(sed -n 's/^orders placed: \([0-9]*\) .*/\1/p' "$work/probe")
python3 - "$work" "$(getconf CLK_TCK)" "${orders:-0}" <<'PYTHON'
import collections
import sys

work, clock_ticks, orders = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
read = lambda name: dict(line.split() for line in open(f"{work}/{name}"))
before, after = read("before"), read("after")
names = {}
for line in open(f"{work}/activity"):
    pid, kind, database = line.rstrip("\n").split("|")
    names.setdefault(pid, f"{kind} {database}".strip())
seconds = collections.Counter()
for pid, ticks in after.items():
    seconds[names.get(pid, "postmaster")] += (int(ticks) - int(before.get(pid, 0))) / clock_ticks
total = sum(seconds.values())
print(f"\npostgres by backend: {total:.2f} s CPU" + (f", {1000 * total / orders:.2f} ms/order" if orders else ""))
for name, spent in seconds.most_common():
    per_order = f"{1000 * spent / orders:7.2f} ms/order" if orders else ""
    print(f"  {spent:7.2f} s {per_order}  {name}")
PYTHON
