# Measure 7, origin cache: the context `cached` (one member that costs 5 ms, @Cached) against the
# context `uncached` (the same member, computed on every fetch), both fetched as bundles with the
# same id, in the same app; with the memory store (Caffeine), with Redis (mizan.cache.redis-url, a
# redis-server started here on a free loopback port, stopped by PID) and its near cache (the
# default), and with Redis alone (mizan.cache.redis-near-ttl=0: every hit one GET).

CACHE_REDIS_PID=""

cache_side() {
  # cache_side cached|uncached SECONDS
  wrk_run "$CONNECTIONS" "$2" GET "/api/mizan/ctx/$1/?id=7"
}

cache_redis_start() {
  # Starts redis-server without persistence on a free port; sets CACHE_REDIS_PORT and CACHE_REDIS_PID.
  command -v redis-server >/dev/null 2>&1 || bench_fail "redis-server is not installed (apt-get install -y redis-server)"
  CACHE_REDIS_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  redis-server --port "$CACHE_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    >"$BENCH_TMP/redis.log" 2>&1 &
  CACHE_REDIS_PID=$!
  local i
  for i in $(seq 1 40); do
    redis-cli -p "$CACHE_REDIS_PORT" ping >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  bench_fail "redis-server did not answer on port $CACHE_REDIS_PORT (log: $BENCH_TMP/redis.log)"
}

cache_redis_stop() {
  [ -n "$CACHE_REDIS_PID" ] || return 0
  kill "$CACHE_REDIS_PID" 2>/dev/null || true
  wait "$CACHE_REDIS_PID" 2>/dev/null || true
  CACHE_REDIS_PID=""
}

measure_cache() {
  # measure_cache memory|redis|redis_direct: needs the bench app running with that store; appends
  # to cache.md and sets CACHE_RATIO_<store>.
  local store=$1 out="$RESULTS/cache.md"
  session_open
  local hit
  hit=$(curl -s -o /dev/null -D - "$SERVER_URL/api/mizan/ctx/cached/?id=7" | tr -d '\r' | sed -n 's/^[Xx]-[Mm]izan-[Cc]ache: //p')
  [ -n "$hit" ] || bench_fail "the cached context answered no X-Mizan-Cache header ($store store)"
  bench_log "origin cache ($store): warm-up ${WARMUP}s per side"
  cache_side cached "$WARMUP"
  cache_side uncached "$WARMUP"
  local -a ratio=() cached=() uncached=() rows=()
  local round first second c_rps u_rps c_p50 u_p50 c_cpu u_cpu
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=cached second=uncached; else first=uncached second=cached; fi
    for side in "$first" "$second"; do
      cache_side "$side" "$DURATION"
      if [ "$side" = cached ]; then c_rps=$WRK_RPS c_p50=$WRK_P50_MS c_cpu=$WRK_CPU_US; else u_rps=$WRK_RPS u_p50=$WRK_P50_MS u_cpu=$WRK_CPU_US; fi
    done
    cached+=("$c_rps") uncached+=("$u_rps") ratio+=("$(calc "$c_rps / $u_rps")")
    rows+=("| $store | $round | $first first | $(fmt "$c_rps") | $(fmt "$c_p50" 3) | $(fmt "$c_cpu" 1) | $(fmt "$u_rps") | $(fmt "$u_p50" 3) | $(fmt "$u_cpu" 1) | $(fmt "${ratio[-1]}" 2) |")
    bench_log "origin cache ($store), round $round/$ROUNDS: cached $(fmt "$c_rps") req/s, uncached $(fmt "$u_rps") req/s, ratio $(fmt "${ratio[-1]}" 2)"
  done
  local r_med
  r_med=$(median "${ratio[@]}")
  if [ "$store" = memory ]; then
    {
      echo "# Origin cache: a cached context bundle against the same bundle uncached"
      echo
      echo "\`GET /api/mizan/ctx/cached/?id=7\` (one member, \`@Cached(ttl = \"5m\")\`, that costs 5 ms when"
      echo "computed) against \`GET /api/mizan/ctx/uncached/?id=7\` (the same member without the cache), in"
      echo "the bench app; first with the memory store (Caffeine), then with Redis (\`mizan.cache.redis-url\`,"
      echo "a local redis-server without persistence) and its near cache (\`redis\`, the default: hits answered"
      echo "from the instance's memory while Redis tracks the key), then with Redis alone (\`redis_direct\`,"
      echo "\`mizan.cache.redis-near-ttl=0\`: every hit one GET). wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for ${DURATION}s per"
      echo "side after a ${WARMUP}s warm-up each; rounds alternate which side goes first (ABBA). The uncached"
      echo "side is bound by the 5 ms of work per request ($CONNECTIONS connections ÷ 5 ms = $(( CONNECTIONS * 200 )) req/s at most)."
      echo
      echo "| store | round | order | cached req/s | cached p50 ms | cached server CPU µs/req | uncached req/s | uncached p50 ms | uncached server CPU µs/req | cached / uncached |"
      echo "|---|---|---|---|---|---|---|---|---|---|"
    } >"$out"
  fi
  {
    printf '%s\n' "${rows[@]}"
  } >>"$out"
  printf -v "CACHE_RATIO_$store" '%s' "$r_med"
  printf -v "CACHE_CACHED_$store" '%s' "$(median "${cached[@]}")"
  printf -v "CACHE_UNCACHED_$store" '%s' "$(median "${uncached[@]}")"
}

cache_summary_lines() {
  # The closing lines of cache.md, once both stores were measured.
  local out="$RESULTS/cache.md"
  {
    echo
    echo "Medians of the round ratios, cached / uncached req/s (goal ≥ 5×):"
    echo "memory store **$(fmt "$CACHE_RATIO_memory" 2)×** ($(fmt "$CACHE_CACHED_memory") against $(fmt "$CACHE_UNCACHED_memory") req/s; goal met: $(at_least "$CACHE_RATIO_memory" 5)),"
    echo "Redis with its near cache **$(fmt "$CACHE_RATIO_redis" 2)×** ($(fmt "$CACHE_CACHED_redis") against $(fmt "$CACHE_UNCACHED_redis") req/s; goal met: $(at_least "$CACHE_RATIO_redis" 5)),"
    echo "Redis alone, near cache off **$(fmt "$CACHE_RATIO_redis_direct" 2)×** ($(fmt "$CACHE_CACHED_redis_direct") against $(fmt "$CACHE_UNCACHED_redis_direct") req/s; goal met: $(at_least "$CACHE_RATIO_redis_direct" 5))."
  } >>"$out"
}
