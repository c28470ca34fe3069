# Sourced by bench/run: one bounded wrk run on loopback, parsed into shell variables.

# Fixed load-generator shape: the machine's cores are shared by wrk and the server.
WRK_THREADS=${WRK_THREADS:-1}

WRK_RPS="" WRK_REQUESTS="" WRK_P50_MS="" WRK_P90_MS="" WRK_P99_MS="" WRK_MAX_MS="" WRK_CPU_US=""
CLOCK_TICKS=$(getconf CLK_TCK)

server_cpu_ticks() {
  # CPU time (user + system) the server process has used so far, in clock ticks.
  awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"
}

wrk_run() {
  # wrk_run CONNECTIONS SECONDS METHOD PATH [BODY]: loads $SERVER_URL$PATH with the session's
  # cookie and CSRF token (and $WRK_AUTHORIZATION as the Authorization header when set), fails on any socket error or non-2xx answer, and sets WRK_RPS,
  # WRK_REQUESTS, the latency percentiles WRK_P50_MS, WRK_P90_MS, WRK_P99_MS, WRK_MAX_MS and the
  # server's CPU time per request in microseconds, WRK_CPU_US (less sensitive to a busy machine).
  local connections=$1 seconds=$2 method=$3 path=$4 body=${5:-}
  local out line cpu_before cpu_after
  cpu_before=$(server_cpu_ticks)
  out=$(BENCH_METHOD=$method BENCH_BODY=$body wrk -t"$WRK_THREADS" -c"$connections" -d"${seconds}s" \
    --timeout 5s -s "$BENCH_ROOT/bench/wrk/request.lua" \
    -H "Cookie: $SESSION_COOKIE" -H "X-CSRF-Token: $SESSION_CSRF" ${WRK_AUTHORIZATION:+-H "Authorization: $WRK_AUTHORIZATION"} \
    "$SERVER_URL$path" 2>&1) ||
    bench_fail "wrk failed on $method $path: $out"
  cpu_after=$(server_cpu_ticks)
  line=$(printf '%s\n' "$out" | grep '^BENCH ') || bench_fail "no summary from wrk on $method $path: $out"
  local requests duration bad socket p50 p90 p99 max
  read -r requests duration bad socket p50 p90 p99 max < <(printf '%s\n' "$line" |
    sed 's/[a-z0-9_]*=//g; s/^BENCH //')
  [ "$requests" -gt 0 ] || bench_fail "no request completed on $method $path"
  [ "$bad" -eq 0 ] || bench_fail "$bad non-2xx answers on $method $path (curl it to see the envelope)"
  [ "$socket" -eq 0 ] || bench_fail "$socket socket errors on $method $path"
  WRK_REQUESTS=$requests
  WRK_RPS=$(calc "$requests / ($duration / 1000000)")
  WRK_P50_MS=$(calc "$p50 / 1000")
  WRK_P90_MS=$(calc "$p90 / 1000")
  WRK_P99_MS=$(calc "$p99 / 1000")
  WRK_MAX_MS=$(calc "$max / 1000")
  WRK_CPU_US=$(calc "($cpu_after - $cpu_before) * 1000000 / $CLOCK_TICKS / $requests")
}
