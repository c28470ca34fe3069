#!/usr/bin/env bash
# Codegen benchmark: 1,000 functions over 500 types (a synthetic IR), generated warm in one JVM
# (goal < 1 s) and by a fresh `mizan generate` process (goal < 3 s).
# Standalone, writes bench/results/codegen.txt; under bench/run (BENCH_MODE set) prints only.
# BENCH_MODE=smoke runs fewer rounds. BENCH_BUILD=yes rebuilds the jars first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/bin/lib/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
mode=${BENCH_MODE:-full}
if [ "$mode" = smoke ]; then warmup=3; rounds=3; fresh=2; else warmup=10; rounds=10; fresh=5; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli_jar=protocol/mizan-cli/target/mizan-cli-0.1.0-SNAPSHOT-exec.jar

millis() { date +%s%N | cut -c1-13; }

run() {
  echo "# Codegen benchmark ($mode): 1,000 functions / 500 types"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "machine: nproc $(nproc), memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)," \
       "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  cd "$root"
  if [ ! -f "$cli_jar" ] || [ "${BENCH_BUILD:-no}" = yes ]; then
    echo "building mizan-cli ..."
    bin/mvn -q -pl protocol/mizan-cli -am install -DskipTests >&2
  fi
  bin/mvn -q -pl protocol/mizan-codegen dependency:build-classpath \
      -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >&2
  # Snapshot the jars: other builds may reinstall them while the benchmark runs.
  mkdir -p "$work/lib"
  cp protocol/mizan-codegen/target/mizan-codegen-0.1.0-SNAPSHOT.jar "$work/lib/"
  tr ':' '\n' < "$work/cp.txt" | while read -r jar; do [ -n "$jar" ] && cp "$jar" "$work/lib/"; done
  cp=$(ls "$work"/lib/*.jar | tr '\n' ':')
  bin/mizan --version >/dev/null  # unpacks the CLI once, outside the timed runs
  "$JAVA" -cp "$cp" bench/codegen/SyntheticIr.java "$work/synthetic.kdl"
  echo "IR file: $(wc -c < "$work/synthetic.kdl") bytes"
  "$JAVA" -Xmx1g -cp "$cp" bench/codegen/Bench.java "$work/synthetic.kdl" "$work/warm" "$warmup" "$rounds"
  local times=() t0 t1 i cpu
  for i in $(seq 1 "$fresh"); do
    t0=$(millis)
    # What a user runs; GNU time (when installed) adds the process's CPU time.
    if [ -x /usr/bin/time ]; then
      cpu=$(/usr/bin/time -f "%U %S" bin/mizan generate --ir "$work/synthetic.kdl" --out "$work/fresh$i" 2>&1 >/dev/null |
        tail -1 | awk '{ printf ", CPU %d ms", ($1 + $2) * 1000 }')
    else
      cpu=""
      bin/mizan generate --ir "$work/synthetic.kdl" --out "$work/fresh$i" 2>/dev/null
    fi
    t1=$(millis)
    times+=($((t1 - t0)))
    echo "fresh process $i: $((t1 - t0)) ms wall$cpu (bin/mizan generate: JVM start, read, render, write into an empty directory)"
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (fresh + 1) / 2 ))p")
  echo "fresh process: min $(echo "$sorted" | head -1) ms, median $median ms, max $(echo "$sorted" | tail -1) ms over $fresh runs (goal: < 3000 ms)"
  if [ "$median" -lt 3000 ]; then echo "fresh goal met"; else echo "FRESH GOAL MISSED"; fi
  echo "output: $(ls "$work/fresh1" | tr '\n' ' ')($(cat "$work"/fresh1/*.ts | wc -l) lines)"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -n "${BENCH_MODE:-}" ]; then
  run
else
  mkdir -p "$root/bench/results"
  run | tee "$root/bench/results/codegen.txt"
fi
