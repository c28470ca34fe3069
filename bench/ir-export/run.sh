#!/usr/bin/env bash
# IR export benchmark: 1,000 @Client functions over 500 types, compiled here, exported warm.
# Standalone, writes bench/results/ir-export.txt; under bench/run (BENCH_MODE set) prints only.
# BENCH_MODE=smoke runs fewer rounds.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/bin/lib/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
JAVAC="$JAVA_HOME/bin/javac"
mode=${BENCH_MODE:-full}
if [ "$mode" = smoke ]; then warmup=2; rounds=3; else warmup=5; rounds=10; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  echo "# IR export benchmark ($mode): 1,000 functions / 500 types"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: nproc $(nproc), memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)," \
       "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ ! -f "$root/protocol/mizan-ir/target/mizan-ir-0.1.0-SNAPSHOT.jar" ] || [ "${BENCH_BUILD:-no}" = yes ]; then
    echo "building mizan-ir ..."
    "$root/bin/mvn" -q -pl protocol/mizan-ir -am install -DskipTests >&2
  fi
  "$root/bin/mvn" -q -pl protocol/mizan-ir dependency:build-classpath \
      -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >&2
  # Snapshot the jars: other builds may reinstall them while the benchmark runs.
  mkdir -p "$work/lib"
  cp "$root/protocol/mizan-ir/target/mizan-ir-0.1.0-SNAPSHOT.jar" "$work/lib/"
  tr ':' '\n' < "$work/cp.txt" | while read -r jar; do [ -n "$jar" ] && cp "$jar" "$work/lib/"; done
  cp=$(ls "$work"/lib/*.jar | tr '\n' ':')
  "$JAVA" "$root/bench/ir-export/Generate.java" "$work/src"
  echo "generated $(find "$work/src" -name '*.java' | wc -l) source files; compiling ..."
  mkdir -p "$work/classes"
  find "$work/src" -name '*.java' > "$work/sources.txt"
  "$JAVAC" -proc:full -parameters -d "$work/classes" -cp "$cp" @"$work/sources.txt"
  "$JAVA" -Xmx1g -cp "$cp" "$root/bench/ir-export/Bench.java" "$work/classes" "$warmup" "$rounds"
}

if [ -n "${BENCH_MODE:-}" ]; then
  run
else
  mkdir -p "$root/bench/results"
  run | tee "$root/bench/results/ir-export.txt"
fi
