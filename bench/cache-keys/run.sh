#!/usr/bin/env bash
# Origin cache figures in one JVM: key derivation (RFC 8785 canonical JSON + HMAC-SHA256) in ns
# per key against the HMAC alone, and the heap of 100,000 entries in the memory store.
# Standalone, writes bench/results/cache-keys.txt; under bench/run (BENCH_MODE set) prints only.
# BENCH_MODE=smoke runs fewer rounds and entries.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/bin/lib/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
mode=${BENCH_MODE:-full}
if [ "$mode" = smoke ]; then rounds=3; per=20000; entries=10000; else rounds=10; per=200000; entries=100000; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
core_jar=core/mizan-core/target/mizan-core-0.1.0-SNAPSHOT.jar

run() {
  echo "# Origin cache key and memory benchmark ($mode)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: nproc $(nproc), memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  cd "$root"
  if [ ! -f "$core_jar" ] || [ "${BENCH_BUILD:-no}" = yes ]; then
    echo "building mizan-core ..."
    bin/mvn -q -pl core/mizan-core -am install -DskipTests >&2
  fi
  bin/mvn -q -pl core/mizan-core dependency:build-classpath \
      -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >&2
  # Snapshot the jars: other builds may reinstall them while the benchmark runs.
  mkdir -p "$work/lib"
  cp "$core_jar" "$work/lib/"
  tr ':' '\n' < "$work/cp.txt" | while read -r jar; do [ -n "$jar" ] && cp "$jar" "$work/lib/"; done
  cp=$(ls "$work"/lib/*.jar | tr '\n' ':')
  "$JAVA" -Xmx1g -XX:+UseG1GC -cp "$cp" bench/cache-keys/Bench.java "$rounds" "$per" "$entries"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -n "${BENCH_MODE:-}" ]; then
  run
else
  mkdir -p "$root/bench/results"
  run | tee "$root/bench/results/cache-keys.txt"
fi
