# Measure 1, call overhead: the Mizan echo (POST /api/mizan/call/) against the same record from a
# plain @RestController (POST /plain/echo), in the same app and server, rounds alternating ABBA.

ECHO_CALL='{"function":"echo","args":{"message":"hello, mizan"}}'
ECHO_PLAIN='{"message":"hello, mizan"}'

echo_side() {
  # echo_side mizan|plain SECONDS
  case $1 in
    mizan) wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$ECHO_CALL" ;;
    plain) wrk_run "$CONNECTIONS" "$2" POST /plain/echo "$ECHO_PLAIN" ;;
  esac
}

measure_call_overhead() {
  # measure_call_overhead KEY LABEL: needs the bench app running; writes call-overhead-KEY.md and
  # sets CALL_RATIO_<KEY> for the summary.
  local key=$1 label=$2 out="$RESULTS/call-overhead-$1.md"
  session_open
  bench_log "call overhead, $label: warm-up ${WARMUP}s per side"
  echo_side mizan "$WARMUP"
  echo_side plain "$WARMUP"
  local -a mizan=() plain=() ratio=() rows=()
  local round first second m_rps p_rps m_p50 p_p50 m_cpu p_cpu
  local -a m_cpus=() p_cpus=()
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=mizan second=plain; else first=plain second=mizan; fi
    for side in "$first" "$second"; do
      echo_side "$side" "$DURATION"
      if [ "$side" = mizan ]; then m_rps=$WRK_RPS m_p50=$WRK_P50_MS m_cpu=$WRK_CPU_US; else p_rps=$WRK_RPS p_p50=$WRK_P50_MS p_cpu=$WRK_CPU_US; fi
    done
    mizan+=("$m_rps") plain+=("$p_rps") ratio+=("$(calc "$m_rps / $p_rps")") m_cpus+=("$m_cpu") p_cpus+=("$p_cpu")
    rows+=("| $round | $first first | $(fmt "$m_rps") | $(fmt "$m_p50" 3) | $(fmt "$m_cpu" 1) | $(fmt "$p_rps") | $(fmt "$p_p50" 3) | $(fmt "$p_cpu" 1) | $(fmt "${ratio[-1]}" 3) |")
    bench_log "call overhead, $label, round $round/$ROUNDS: Mizan $(fmt "$m_rps") req/s, plain $(fmt "$p_rps") req/s, ratio $(fmt "${ratio[-1]}" 3)"
  done
  local m_med p_med r_med
  m_med=$(median "${mizan[@]}") p_med=$(median "${plain[@]}") r_med=$(median "${ratio[@]}")
  {
    echo "# Call overhead, $label"
    echo
    echo "Mizan echo (\`POST /api/mizan/call/\` $ECHO_CALL, CSRF token and cookie from \`/session/\`)"
    echo "against a plain \`@RestController\` returning the same record (\`POST /plain/echo\`"
    echo "$ECHO_PLAIN), in the same app and the same Tomcat (virtual threads), loaded in turn by"
    echo "wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for ${DURATION}s per side after a ${WARMUP}s warm-up each;"
    echo "rounds alternate which side goes first (ABBA)."
    echo
    echo "| round | order | Mizan req/s | Mizan p50 ms | Mizan server CPU µs/req | plain req/s | plain p50 ms | plain server CPU µs/req | Mizan / plain req/s |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: Mizan $(fmt "$m_med") req/s at $(fmt "$(median "${m_cpus[@]}")" 1) µs of server CPU per request,"
    echo "plain $(fmt "$p_med") req/s at $(fmt "$(median "${p_cpus[@]}")" 1) µs (CPU time of the server process, user + system,"
    echo "from /proc/PID/stat, divided by the requests served: less sensitive to other load than req/s)."
    echo "Median of the round ratios: **$(fmt "$r_med" 3)×** (ratio of the medians: $(fmt "$(calc "$m_med / $p_med")" 3)×). Goal ≥ 0.95×: $(at_least "$r_med" 0.95)."
  } >"$out"
  printf -v "CALL_RATIO_$key" '%s' "$r_med"
  printf -v "CALL_DETAIL_$key" '%s' "Mizan $(fmt "$m_med") req/s vs plain $(fmt "$p_med") req/s"
}
