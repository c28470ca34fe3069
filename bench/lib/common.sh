# Sourced by bench/run: progress output, statistics and the machine's description.

bench_log() {
  # Progress line on stderr, with the seconds since the run started.
  echo "[bench $(( $(date +%s) - BENCH_STARTED ))s] $*" >&2
}

bench_fail() {
  echo "bench: error: $*" >&2
  exit 1
}

median() {
  # Median of the numbers given as arguments (mean of the middle two for an even count).
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan"; exit }
    if (NR % 2) { printf "%.4f\n", v[(NR + 1) / 2] } else { printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }
  }'
}

calc() {
  # Evaluates an arithmetic expression with awk: calc 'a / b' is printed with 4 decimals.
  awk "BEGIN { printf \"%.4f\n\", $1 }"
}

fmt() {
  # Rounds $1 to $2 decimals (default 0).
  awk -v v="$1" -v d="${2:-0}" 'BEGIN { printf "%.*f\n", d, v }'
}

at_least() {
  # Whether $1 >= $2, as yes/no.
  awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "no" }'
}

below() {
  # Whether $1 < $2, as yes/no.
  awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? "yes" : "no" }'
}

machine_description() {
  # The machine the figures were measured on, as a Markdown list.
  local cpu mem commit dirty
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  commit=$(git -C "$BENCH_ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
  dirty=$(git -C "$BENCH_ROOT" status --porcelain 2>/dev/null | grep -q . && echo " (work tree has uncommitted changes)" || true)
  echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "- git commit: ${commit}${dirty}"
  echo "- CPU: ${cpu:-unknown}; nproc: $(nproc)"
  echo "- memory: ${mem}"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- kernel: $(uname -sr)"
  echo "- java: $("$JAVA_HOME/bin/java" -version 2>&1 | tr '\n' ' ' | sed 's/  */ /g; s/ $//')"
  echo "- JVM default heap: $("$JAVA_HOME/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null |
    awk '$2 == "MaxHeapSize" { printf "max %d MiB", $4 / 1048576 } $2 == "UseG1GC" && $4 == "true" { printf ", G1" }
         $2 == "UseSerialGC" && $4 == "true" { printf ", Serial GC" }') (servers run with the defaults unless BENCH_JAVA_OPTS says otherwise)"
  echo "- node: $(node --version 2>/dev/null || echo 'not installed')"
  echo "- load generator: $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
}
