# Measure 3, parallelism: latency of the 5-member context `blocking` (each member sleeps 50 ms),
# alone (1 connection) and under concurrency, beside one blocking call for reference.

BLOCKING_CALL='{"function":"blocking_one","args":{}}'
PARALLEL_LOADED=${PARALLEL_LOADED:-16}

parallel_side() {
  # parallel_side bundle-1|bundle-N|single-1 SECONDS
  case $1 in
    bundle-1) wrk_run 1 "$2" GET /api/mizan/ctx/blocking/ ;;
    bundle-N) wrk_run "$PARALLEL_LOADED" "$2" GET /api/mizan/ctx/blocking/ ;;
    single-1) wrk_run 1 "$2" POST /api/mizan/call/ "$BLOCKING_CALL" ;;
  esac
}

measure_parallelism() {
  # Needs the bench app running; writes parallelism.md and sets PARALLEL_P50_1, PARALLEL_P50_N.
  local out="$RESULTS/parallelism.md"
  session_open
  bench_log "parallelism: warm-up ${WARMUP}s"
  parallel_side bundle-N "$WARMUP"
  local -a b1=() bn=() s1=() rows=()
  local round side
  for round in $(seq 1 "$ROUNDS"); do
    local sides="bundle-1 bundle-N single-1"
    [ $(( round % 2 )) -eq 0 ] && sides="single-1 bundle-N bundle-1"
    for side in $sides; do
      parallel_side "$side" "$DURATION"
      case $side in
        bundle-1) b1+=("$WRK_P50_MS") ;;
        bundle-N) bn+=("$WRK_P50_MS") ;;
        single-1) s1+=("$WRK_P50_MS") ;;
      esac
      rows+=("| $round | $side | $(fmt "$WRK_RPS" 1) | $(fmt "$WRK_P50_MS" 1) | $(fmt "$WRK_P90_MS" 1) | $(fmt "$WRK_P99_MS" 1) | $(fmt "$WRK_MAX_MS" 1) |")
    done
    bench_log "parallelism, round $round/$ROUNDS: bundle p50 ${b1[-1]} ms alone, ${bn[-1]} ms at $PARALLEL_LOADED connections; one blocking call p50 ${s1[-1]} ms"
  done
  PARALLEL_P50_1=$(median "${b1[@]}") PARALLEL_P50_N=$(median "${bn[@]}") PARALLEL_SINGLE=$(median "${s1[@]}")
  {
    echo "# Parallelism"
    echo
    echo "The context \`blocking\`: five members that each block 50 ms (Thread.sleep), fetched as one"
    echo "bundle with \`GET /api/mizan/ctx/blocking/\`; one after another they would take 250 ms."
    echo "Sides: bundle-1 = one connection (pure latency), bundle-N = $PARALLEL_LOADED connections (wrk -t$WRK_THREADS),"
    echo "single-1 = one member called alone through \`/call/\` on one connection (the 50 ms floor plus"
    echo "one call's cost). ${DURATION}s per side, 127.0.0.1, latencies in ms from wrk's histogram."
    echo
    echo "| round | side | req/s | p50 | p90 | p99 | max |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Median p50: bundle **$(fmt "$PARALLEL_P50_1" 1) ms** alone, **$(fmt "$PARALLEL_P50_N" 1) ms** at $PARALLEL_LOADED connections;"
    echo "one blocking call alone $(fmt "$PARALLEL_SINGLE" 1) ms. Goal p50 < 70 ms: $(below "$PARALLEL_P50_1" 70) alone, $(below "$PARALLEL_P50_N" 70) at $PARALLEL_LOADED connections."
  } >"$out"
}
