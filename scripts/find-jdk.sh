#!/usr/bin/env bash
# Sourced by .ci/run and run-local.sh: exports JAVA_HOME pointing at a JDK >= 21.
# Order: an existing JAVA_HOME, `java` on the PATH, then the usual install folders.

foodmesh_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

foodmesh_find_jdk() {
  local candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  # readlink -f is missing from macOS before 12.3: without it the java on the PATH is skipped, not fatal
  if command -v java >/dev/null 2>&1 && candidate=$(readlink -f "$(command -v java)" 2>/dev/null); then
    candidates+=("$(dirname "$(dirname "$candidate")")")
  fi
  # macOS: the system's own lookup, then Homebrew's keg-only openjdk formulae (Apple silicon and Intel prefixes)
  if [ -x /usr/libexec/java_home ] && candidate=$(/usr/libexec/java_home -v 21+ 2>/dev/null); then
    candidates+=("$candidate")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      /opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(foodmesh_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(foodmesh_find_jdk); then
  echo "FoodMesh needs a JDK 21 or newer (JDK 25 recommended), and none was found." >&2
  echo "Install one (e.g. Temurin 25 from adoptium.net, 'brew install openjdk@21' on macOS, or 'apt-get install openjdk-21-jdk' on Linux and WSL) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
