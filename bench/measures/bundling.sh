# Measure 2, bundling: the 5-member context `trivial` in one GET /api/mizan/ctx/trivial/ against
# its members called one by one (POST /api/mizan/call/ trivial_one), in function results per second.

SINGLE_CALL='{"function":"trivial_one","args":{}}'

bundle_side() {
  # bundle_side bundle|single SECONDS
  case $1 in
    bundle) wrk_run "$CONNECTIONS" "$2" GET /api/mizan/ctx/trivial/ ;;
    single) wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$SINGLE_CALL" ;;
  esac
}

measure_bundling() {
  # measure_bundling [KEY LABEL]: needs a bench app running; writes bundling.md and sets
  # BUNDLE_RATIO, BUNDLE_REQ_RATIO (with a KEY: bundling-KEY.md, BUNDLE_RATIO_KEY, BUNDLE_REQ_RATIO_KEY).
  local key=${1:-} label=${2:-}
  local out="$RESULTS/bundling${key:+-$key}.md"
  session_open
  bench_log "bundling: warm-up ${WARMUP}s per side"
  bundle_side bundle "$WARMUP"
  bundle_side single "$WARMUP"
  local -a bundle=() single=() ratio=() req_ratio=() rows=()
  local round first second b_rps s_rps b_cpu s_cpu
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=bundle second=single; else first=single second=bundle; fi
    for side in "$first" "$second"; do
      bundle_side "$side" "$DURATION"
      if [ "$side" = bundle ]; then b_rps=$WRK_RPS b_cpu=$WRK_CPU_US; else s_rps=$WRK_RPS s_cpu=$WRK_CPU_US; fi
    done
    bundle+=("$b_rps") single+=("$s_rps")
    ratio+=("$(calc "5 * $b_rps / $s_rps")") req_ratio+=("$(calc "$b_rps / $s_rps")")
    rows+=("| $round | $first first | $(fmt "$b_rps") | $(fmt "$(calc "5 * $b_rps")") | $(fmt "$s_rps") | $(fmt "$(calc "$b_cpu / 5")" 1) | $(fmt "$s_cpu" 1) | $(fmt "${ratio[-1]}" 2) | $(fmt "${req_ratio[-1]}" 3) |")
    bench_log "bundling, round $round/$ROUNDS: bundle $(fmt "$(calc "5 * $b_rps")") results/s, separate calls $(fmt "$s_rps") results/s, ratio $(fmt "${ratio[-1]}" 2)"
  done
  local b_med s_med r_med q_med
  b_med=$(median "${bundle[@]}") s_med=$(median "${single[@]}")
  r_med=$(median "${ratio[@]}") q_med=$(median "${req_ratio[@]}")
  {
    echo "# Bundling${label:+, $label}"
    echo
    echo "The context \`trivial\` (five members that do no work) fetched as one bundle,"
    echo "\`GET /api/mizan/ctx/trivial/\` (5 function results per request), against separate calls of"
    echo "one of its members, \`POST /api/mizan/call/\` $SINGLE_CALL (1 result per request), which is"
    echo "what fetching the five members one by one costs per result. wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1,"
    echo "${DURATION}s per side after a ${WARMUP}s warm-up each; rounds alternate which side goes first."
    echo
    echo "| round | order | bundle req/s | bundle results/s | separate calls results/s | bundle server CPU µs/result | separate calls server CPU µs/result | results/s ratio | bundle req/s ÷ single-call req/s |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: bundle $(fmt "$b_med") req/s = $(fmt "$(calc "5 * $b_med")") results/s; separate calls $(fmt "$s_med") results/s."
    echo "Median of the round ratios: **$(fmt "$r_med" 2)×** the results/s of separate calls (goal ≥ 3×: $(at_least "$r_med" 3));"
    echo "a bundle request costs as much as $(fmt "$(calc "1 / $q_med")" 2) single calls (bundle request rate $(fmt "$q_med" 3)× a single call's)."
  } >"$out"
  if [ -z "$key" ]; then
    BUNDLE_RATIO=$r_med BUNDLE_REQ_RATIO=$q_med
  else
    printf -v "BUNDLE_RATIO_$key" '%s' "$r_med"
    printf -v "BUNDLE_REQ_RATIO_$key" '%s' "$q_med"
  fi
}
