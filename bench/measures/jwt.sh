# Measure 6, JWT auth: the Mizan echo with a bearer token against the same echo with the session
# cookie and CSRF token, in the same app (secured and jwt profiles), rounds alternating ABBA. The
# server CPU per request of each side gives the token verification cost per request.

jwt_side() {
  # jwt_side bearer|session SECONDS
  case $1 in
    bearer) WRK_AUTHORIZATION="Bearer $JWT_ACCESS" wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$ECHO_CALL" ;;
    session) WRK_AUTHORIZATION="" wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$ECHO_CALL" ;;
  esac
}

measure_jwt() {
  local out="$RESULTS/jwt.md" login
  session_open
  login=$(curl -s -H 'Content-Type: application/json' \
    -d '{"function":"login","args":{"username":"bench","password":"bench-password"}}' "$SERVER_URL/api/mizan/call/")
  JWT_ACCESS=$(printf '%s' "$login" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$JWT_ACCESS" ] || bench_fail "login did not answer an access token: $login"
  bench_log "JWT: warm-up ${WARMUP}s per side"
  jwt_side bearer "$WARMUP"
  jwt_side session "$WARMUP"
  local -a bearer=() session=() ratio=() b_cpus=() s_cpus=() extra=() rows=()
  local round first second b_rps s_rps b_cpu s_cpu b_p50 s_p50
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=bearer second=session; else first=session second=bearer; fi
    for side in "$first" "$second"; do
      jwt_side "$side" "$DURATION"
      if [ "$side" = bearer ]; then b_rps=$WRK_RPS b_p50=$WRK_P50_MS b_cpu=$WRK_CPU_US; else s_rps=$WRK_RPS s_p50=$WRK_P50_MS s_cpu=$WRK_CPU_US; fi
    done
    bearer+=("$b_rps") session+=("$s_rps") ratio+=("$(calc "$b_rps / $s_rps")")
    b_cpus+=("$b_cpu") s_cpus+=("$s_cpu") extra+=("$(calc "$b_cpu - $s_cpu")")
    rows+=("| $round | $first first | $(fmt "$b_rps") | $(fmt "$b_p50" 3) | $(fmt "$b_cpu" 1) | $(fmt "$s_rps") | $(fmt "$s_p50" 3) | $(fmt "$s_cpu" 1) | $(fmt "${ratio[-1]}" 3) | $(fmt "${extra[-1]}" 1) |")
    bench_log "JWT round $round/$ROUNDS: bearer $(fmt "$b_rps") req/s, session $(fmt "$s_rps") req/s, ratio $(fmt "${ratio[-1]}" 3)"
  done
  local r_med x_med
  r_med=$(median "${ratio[@]}") x_med=$(median "${extra[@]}")
  {
    echo "# JWT auth: bearer against session on \`/call/\`"
    echo
    echo "The Mizan echo (\`POST /api/mizan/call/\` $ECHO_CALL) in the bench app with Spring Security"
    echo "and JWT auth on (profiles \`secured,jwt\`): once with \`Authorization: Bearer\` and an"
    echo "HS256 access token from \`login\` (verified on every request: signature, claims, one"
    echo "in-memory revocation lookup), once with the session cookie and CSRF token from \`/session/\`"
    echo "(an anonymous session: the echo is public). wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for"
    echo "${DURATION}s per side after a ${WARMUP}s warm-up each; rounds alternate which side goes first (ABBA)."
    echo
    echo "| round | order | bearer req/s | bearer p50 ms | bearer server CPU µs/req | session req/s | session p50 ms | session server CPU µs/req | bearer / session req/s | token cost µs/req |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: bearer $(fmt "$(median "${bearer[@]}")") req/s at $(fmt "$(median "${b_cpus[@]}")" 1) µs of server CPU per request,"
    echo "session $(fmt "$(median "${session[@]}")") req/s at $(fmt "$(median "${s_cpus[@]}")" 1) µs."
    echo "Median of the round ratios, bearer / session: **$(fmt "$r_med" 3)×**."
    echo "Token verification cost per request (bearer minus session server CPU, median of rounds): **$(fmt "$x_med" 1) µs**."
  } >"$out"
  JWT_RATIO=$r_med
  JWT_COST_US=$x_med
}
