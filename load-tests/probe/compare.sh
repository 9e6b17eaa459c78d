#!/usr/bin/env bash
# Compares two variants of the local stack with warm-probe.sh, in the order A B B A, and prints each run and the mean
# CPU per order and orders/s of each variant. The order matters: of two runs back to back the second tends to be the
# faster by up to 10 % (docs/performance.md, "How the numbers are measured"), so one A-then-B pair cannot show an
# effect that small; running each variant once first and once second cancels that bias.
# A variant is a list of words between `--` separators: NAME=VALUE words first (environment of the stack, as env(1)
# takes them), then run-local options. An empty variant is the default stack.
# Usage: load-tests/probe/compare.sh ROUNDS -- [A: NAME=VALUE... options...] -- [B: NAME=VALUE... options...]
#   e.g. load-tests/probe/compare.sh 2 -- -- --no-otel
#        load-tests/probe/compare.sh 2 -- FOODMESH_ORDER_PLACEMENT_MAXINFLIGHT=1000000 --
# Takes four warm-probe runs: about 28 minutes with ROUNDS=2. Needs what warm-probe.sh needs (wrk, psql).
set -euo pipefail
cd "$(dirname "$0")/../.."
usage() { sed -n '/^# Usage/,/^# Takes/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] && [ "$2" = "--" ] || usage
rounds=$1
shift 2
a=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do a+=("$1"); shift; done
[ $# -gt 0 ] || usage
shift
b=("$@")
results=$(mktemp "${TMPDIR:-/tmp}/compare.XXXXXX")

# one warm-probe run of a variant; appends "label ms-per-order orders-per-s" to the results
run() {
  local label=$1 environment=() options=() log
  shift
  while [ $# -gt 0 ] && [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do environment+=("$1"); shift; done
  options=("$@")
  log=$(mktemp "${TMPDIR:-/tmp}/compare-$label.XXXXXX")
  echo "== $label: ${environment[*]} ${options[*]} (log $log)"
  env "${environment[@]}" load-tests/probe/warm-probe.sh "$rounds" "${options[@]}" > "$log" 2>&1 \
    || { tail -n 20 "$log"; echo "compare: the $label run failed" >&2; exit 1; }
  sed -n '/^== measured/,$p' "$log" | awk -v label="$label" '
    /^Requests\/sec:/ { rate = $2 }
    $1 == "total" { perOrder = $(NF-1) }
    END { printf "%s %s %s\n", label, perOrder, rate }' | tee -a "$results"
}

run A ${a[@]+"${a[@]}"}
run B ${b[@]+"${b[@]}"}
run B ${b[@]+"${b[@]}"}
run A ${a[@]+"${a[@]}"}
echo "== means over both orders"
awk '{ ms[$1] += $2; rate[$1] += $3; n[$1]++ }
  END { for (v in n) printf "%s: %.2f ms of CPU per order, %.1f orders/s (%d runs)\n", v, ms[v] / n[v], rate[v] / n[v], n[v] }' \
  "$results" | sort
