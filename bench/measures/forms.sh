# Measure 12, forms: the round trip of a form's server validate (`add_task.validate`, docs/forms.md:
# bind the arguments, run every Bean Validation constraint, answer the field errors, never run the
# function) against the plain echo call in the same app, rounds alternating ABBA. The figure is the
# validate's p50 latency and its ratio to the echo's p50.

FORM_VALIDATE_CALL='{"function":"add_task.validate","args":{"task":{"title":"ab","points":11,"watcher":"not-an-email"}}}'

forms_side() {
  # forms_side validate|echo SECONDS
  case $1 in
    validate) wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$FORM_VALIDATE_CALL" ;;
    echo) wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$ECHO_CALL" ;;
  esac
}

measure_forms() {
  local out="$RESULTS/forms.md" answer
  session_open
  answer=$(curl -s -H 'Content-Type: application/json' -H "Cookie: $SESSION_COOKIE" -H "X-CSRF-Token: $SESSION_CSRF" \
    -d "$FORM_VALIDATE_CALL" "$SERVER_URL/api/mizan/call/")
  case $answer in
    *'"valid":false'*'task.points'*'task.title'*'task.watcher'*) ;;
    *) bench_fail "add_task.validate did not answer the three field errors: $answer" ;;
  esac
  bench_log "forms: warm-up ${WARMUP}s per side"
  forms_side validate "$WARMUP"
  forms_side echo "$WARMUP"
  local -a v_p50=() e_p50=() ratio=() v_rps=() rows=()
  local round first second vp ep vr er
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=validate second=echo; else first=echo second=validate; fi
    for side in "$first" "$second"; do
      forms_side "$side" "$DURATION"
      if [ "$side" = validate ]; then vp=$WRK_P50_MS vr=$WRK_RPS; else ep=$WRK_P50_MS er=$WRK_RPS; fi
    done
    v_p50+=("$vp") e_p50+=("$ep") v_rps+=("$vr") ratio+=("$(calc "$vp / $ep")")
    rows+=("| $round | $first first | $(fmt "$vp" 3) | $(fmt "$vr") | $(fmt "$ep" 3) | $(fmt "$er") | $(fmt "${ratio[-1]}" 3) |")
    bench_log "forms round $round/$ROUNDS: validate p50 $(fmt "$vp" 3) ms, echo p50 $(fmt "$ep" 3) ms, ratio $(fmt "${ratio[-1]}" 3)"
  done
  FORMS_P50_MS=$(median "${v_p50[@]}")
  FORMS_RATIO=$(median "${ratio[@]}")
  {
    echo "# Forms: the server \`validate\` round trip"
    echo
    echo "\`add_task.validate\` (docs/forms.md) in the bench app: a \`@MizanForm\` record with \`@NotBlank\`,"
    echo "\`@Size\`, \`@Min\`, \`@Max\` and \`@Email\`, sent a value that breaks three of them, so every call"
    echo "binds the arguments, runs Bean Validation (Hibernate Validator through Spring Boot) and answers"
    echo "three field errors; the function itself never runs. The reference is the plain echo call"
    echo "(\`$ECHO_CALL\`) in the same app and run. wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for ${DURATION}s per"
    echo "side after a ${WARMUP}s warm-up each; rounds alternate which side goes first (ABBA)."
    echo
    echo "| round | order | validate p50 ms | validate req/s | echo p50 ms | echo req/s | validate / echo p50 |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Median validate p50: **$(fmt "$FORMS_P50_MS" 3) ms** at $(fmt "$(median "${v_rps[@]}")") req/s under $CONNECTIONS connections"
    echo "(echo: $(fmt "$(median "${e_p50[@]}")" 3) ms). Median of the round ratios, validate / echo p50: **$(fmt "$FORMS_RATIO" 3)×**."
  } >"$out"
}
