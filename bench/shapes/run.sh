#!/usr/bin/env bash
# Shapes: a 1,000-row task card list (an assignee, comments with authors, tags, a count) read three
# ways from the same in-memory H2 data in one JVM: the shape, entities with default fetching, and
# hand-written JPQL DTO queries; statements, p50 and heap allocated per request, as ratios.
# Standalone, writes bench/results/shapes.txt; under bench/run (BENCH_MODE set) prints only.
# BENCH_MODE=smoke runs 100 rows and few requests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/bin/lib/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
mode=${BENCH_MODE:-full}
if [ "$mode" = smoke ]; then rows=100; warmup=3; iterations=5; else rows=1000; warmup=60; iterations=30; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
module=integrations/mizan-jpa

run() {
  echo "# Shapes benchmark ($mode)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: nproc $(nproc), memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  cd "$root"
  if [ ! -f "$module/target/test-classes/dev/mizan/jpa/ShapesBench.class" ] || [ "${BENCH_BUILD:-no}" = yes ]; then
    echo "building mizan-jpa ..."
    bin/mvn -q -pl "$module" -am install -DskipTests >&2
  fi
  bin/mvn -q -pl "$module" dependency:build-classpath \
      -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >&2
  # Snapshot the module's classes: other builds may rewrite them while the benchmark runs.
  cp -r "$module/target/classes" "$work/classes"
  cp -r "$module/target/test-classes" "$work/test-classes"
  cp="$work/classes:$work/test-classes:$(cat "$work/cp.txt")"
  "$JAVA" -Xmx1g -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
      dev.mizan.jpa.ShapesBench "$rows" "$warmup" "$iterations" 2> "$work/stderr.log" ||
      { tail -n 40 "$work/stderr.log" >&2; exit 1; }
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -n "${BENCH_MODE:-}" ]; then
  run
else
  mkdir -p "$root/bench/results"
  run | tee "$root/bench/results/shapes.txt"
fi
