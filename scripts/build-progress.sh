#!/usr/bin/env bash
# Turns Maven's batch output (stdin) into one progress line per module as the reactor starts it, with the time since
# the start, plus Maven's verdict; everything else is dropped (run-local.sh keeps the whole output in a log).
#   ./mvnw -B -ntp ... 2>&1 | tee build.log | scripts/build-progress.sh
# Plain bash (no GNU-only tools), so it reads the same on Linux, macOS and WSL.
set -uo pipefail
started=$SECONDS
while IFS= read -r line; do
  case "$line" in
    "[INFO] Building "*" ["[0-9]*"/"[0-9]*"]")
      # "[INFO] Building FoodMesh order-service 0.1.0-SNAPSHOT          [7/14]"
      step=${line##*[}
      module=${line#"[INFO] Building "}
      module=${module% *}
      module=${module%"${module##*[! ]}"} # trailing padding
      module=${module% *}                 # the version
      printf '  [%s %s (%d s)\n' "$step" "$module" $((SECONDS - started))
      ;;
    "[INFO] BUILD SUCCESS" | "[INFO] BUILD FAILURE" | "[ERROR] BUILD FAILURE")
      printf '  %s (%d s)\n' "${line#\[*\] }" $((SECONDS - started))
      ;;
  esac
done
