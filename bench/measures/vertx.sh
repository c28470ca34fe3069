# Measure 6, the Vert.x adapter (--only vertx): the Mizan echo on Vert.x against a raw Vert.x-web
# handler doing the same echo in the same app (goal ≥ 0.8×) and against the Mizan echo on the Spring
# starter (goal ≥ 1.4×); the 5-member bundle on Vert.x; startup time and idle memory of both
# conformance fixture apps.

VERTX_BENCH_CP=bench/mizan-bench-vertx/target/classpath.txt
VERTX_BENCH_CLASSES=bench/mizan-bench-vertx/target/classes
SPRING_FIXTURE_JAR=conformance/mizan-conformance-fixture/target/mizan-conformance-fixture-0.1.0-SNAPSHOT-exec.jar
VERTX_FIXTURE_CLASSES=conformance/mizan-conformance-vertx-fixture/target/classes
VERTX_FIXTURE_CP=conformance/mizan-conformance-vertx-fixture/target/classpath.txt

vertx_bench_start() {
  [ -f "$VERTX_BENCH_CP" ] || bench_fail "$VERTX_BENCH_CP is missing; build it: bin/mvn -q -pl bench/mizan-bench-vertx -am package -DskipTests"
  server_launch bench-vertx -cp "$BENCH_ROOT/$VERTX_BENCH_CLASSES:$(cat "$VERTX_BENCH_CP")" \
    dev.mizan.bench.vertx.VertxBenchApplication 0
}

vertx_echo_side() {
  # vertx_echo_side mizan|raw SECONDS
  case $1 in
    mizan) wrk_run "$CONNECTIONS" "$2" POST /api/mizan/call/ "$ECHO_CALL" ;;
    raw) wrk_run "$CONNECTIONS" "$2" POST /plain/echo "$ECHO_PLAIN" ;;
  esac
}

measure_vertx_call() {
  # Needs the Vert.x bench app running; writes vertx-call.md and sets VERTX_CALL_RATIO, VERTX_CALL_DETAIL.
  local out="$RESULTS/vertx-call.md"
  SESSION_COOKIE=""
  session_open
  bench_log "Vert.x call: warm-up ${WARMUP}s per side"
  vertx_echo_side mizan "$WARMUP"
  vertx_echo_side raw "$WARMUP"
  local -a mizan=() raw=() ratio=() rows=() m_cpus=() r_cpus=() m_p99s=() r_p99s=() m_p50s=() r_p50s=()
  local round first second side
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=mizan second=raw; else first=raw second=mizan; fi
    local m_rps r_rps m_p50 r_p50 m_p99 r_p99 m_cpu r_cpu
    for side in "$first" "$second"; do
      vertx_echo_side "$side" "$DURATION"
      if [ "$side" = mizan ]; then m_rps=$WRK_RPS m_p50=$WRK_P50_MS m_p99=$WRK_P99_MS m_cpu=$WRK_CPU_US
      else r_rps=$WRK_RPS r_p50=$WRK_P50_MS r_p99=$WRK_P99_MS r_cpu=$WRK_CPU_US; fi
    done
    mizan+=("$m_rps") raw+=("$r_rps") ratio+=("$(calc "$m_rps / $r_rps")")
    m_cpus+=("$m_cpu") r_cpus+=("$r_cpu") m_p50s+=("$m_p50") r_p50s+=("$r_p50") m_p99s+=("$m_p99") r_p99s+=("$r_p99")
    rows+=("| $round | $first first | $(fmt "$m_rps") | $(fmt "$m_p50" 3) | $(fmt "$m_p99" 3) | $(fmt "$m_cpu" 1) | $(fmt "$r_rps") | $(fmt "$r_p50" 3) | $(fmt "$r_p99" 3) | $(fmt "$r_cpu" 1) | $(fmt "${ratio[-1]}" 3) |")
    bench_log "Vert.x call, round $round/$ROUNDS: Mizan $(fmt "$m_rps") req/s, raw handler $(fmt "$r_rps") req/s, ratio $(fmt "${ratio[-1]}" 3)"
  done
  local m_med r_med q_med
  m_med=$(median "${mizan[@]}") r_med=$(median "${raw[@]}") q_med=$(median "${ratio[@]}")
  {
    echo "# Call overhead on Vert.x"
    echo
    echo "The Mizan echo on the Vert.x adapter (\`POST /api/mizan/call/\` $ECHO_CALL, CSRF token and cookie"
    echo "from \`/session/\`; the function runs on a virtual thread, the default) against a raw Vert.x-web"
    echo "handler doing the same echo (\`POST /plain/echo\` $ECHO_PLAIN: body handler, Jackson in, the same"
    echo "record out) on the same router and event loops (one server per core), loaded in turn by"
    echo "wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for ${DURATION}s per side after a ${WARMUP}s warm-up each; rounds alternate"
    echo "which side goes first (ABBA)."
    echo
    echo "| round | order | Mizan req/s | Mizan p50 ms | Mizan p99 ms | Mizan server CPU µs/req | raw req/s | raw p50 ms | raw p99 ms | raw server CPU µs/req | Mizan / raw req/s |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: Mizan $(fmt "$m_med") req/s, p50 $(fmt "$(median "${m_p50s[@]}")" 3) ms, p99 $(fmt "$(median "${m_p99s[@]}")" 3) ms,"
    echo "$(fmt "$(median "${m_cpus[@]}")" 1) µs of server CPU per request; raw handler $(fmt "$r_med") req/s, p50 $(fmt "$(median "${r_p50s[@]}")" 3) ms,"
    echo "p99 $(fmt "$(median "${r_p99s[@]}")" 3) ms, $(fmt "$(median "${r_cpus[@]}")" 1) µs per request."
    echo "Median of the round ratios: **$(fmt "$q_med" 3)×** (ratio of the medians: $(fmt "$(calc "$m_med / $r_med")" 3)×). Goal ≥ 0.8×: $(at_least "$q_med" 0.8)."
  } >"$out"
  VERTX_CALL_RATIO=$q_med
  VERTX_CALL_DETAIL="Mizan $(fmt "$m_med") req/s vs raw handler $(fmt "$r_med") req/s"
}

measure_vertx_vs_spring() {
  # Starts the Spring bench app beside the running Vert.x bench app; loads the Mizan echo on each in
  # turn. Writes vertx-vs-spring.md and sets VERTX_SPRING_RATIO, VERTX_SPRING_DETAIL.
  local out="$RESULTS/vertx-vs-spring.md"
  local vx_pid=$SERVER_PID vx_url=$SERVER_URL
  SESSION_COOKIE=""
  session_open
  local vx_cookie=$SESSION_COOKIE vx_csrf=$SESSION_CSRF
  server_start bench "$BENCH_JAR"
  local sp_pid=$SERVER_PID sp_url=$SERVER_URL
  SESSION_COOKIE=""
  session_open
  local sp_cookie=$SESSION_COOKIE sp_csrf=$SESSION_CSRF
  OTHER_SERVER_PID=$vx_pid
  on() {
    if [ "$1" = vertx ]; then SERVER_PID=$vx_pid SERVER_URL=$vx_url SESSION_COOKIE=$vx_cookie SESSION_CSRF=$vx_csrf
    else SERVER_PID=$sp_pid SERVER_URL=$sp_url SESSION_COOKIE=$sp_cookie SESSION_CSRF=$sp_csrf; fi
  }
  bench_log "Vert.x vs Spring: warm-up ${WARMUP}s per side"
  on vertx; vertx_echo_side mizan "$WARMUP"
  on spring; vertx_echo_side mizan "$WARMUP"
  local -a vx=() sp=() ratio=() rows=() vx_cpus=() sp_cpus=()
  local round first second side v_rps s_rps v_p50 s_p50 v_p99 s_p99 v_cpu s_cpu
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 4 )) -eq 1 ] || [ $(( round % 4 )) -eq 0 ]; then first=vertx second=spring; else first=spring second=vertx; fi
    for side in "$first" "$second"; do
      on "$side"
      vertx_echo_side mizan "$DURATION"
      if [ "$side" = vertx ]; then v_rps=$WRK_RPS v_p50=$WRK_P50_MS v_p99=$WRK_P99_MS v_cpu=$WRK_CPU_US
      else s_rps=$WRK_RPS s_p50=$WRK_P50_MS s_p99=$WRK_P99_MS s_cpu=$WRK_CPU_US; fi
    done
    vx+=("$v_rps") sp+=("$s_rps") ratio+=("$(calc "$v_rps / $s_rps")") vx_cpus+=("$v_cpu") sp_cpus+=("$s_cpu")
    rows+=("| $round | $first first | $(fmt "$v_rps") | $(fmt "$v_p50" 3) | $(fmt "$v_p99" 3) | $(fmt "$v_cpu" 1) | $(fmt "$s_rps") | $(fmt "$s_p50" 3) | $(fmt "$s_p99" 3) | $(fmt "$s_cpu" 1) | $(fmt "${ratio[-1]}" 3) |")
    bench_log "Vert.x vs Spring, round $round/$ROUNDS: Vert.x $(fmt "$v_rps") req/s, Spring $(fmt "$s_rps") req/s, ratio $(fmt "${ratio[-1]}" 3)"
  done
  on spring
  server_stop
  SERVER_PID=$vx_pid SERVER_URL=$vx_url SESSION_COOKIE=$vx_cookie SESSION_CSRF=$vx_csrf
  OTHER_SERVER_PID=""
  local v_med s_med q_med
  v_med=$(median "${vx[@]}") s_med=$(median "${sp[@]}") q_med=$(median "${ratio[@]}")
  {
    echo "# Mizan on Vert.x against Mizan on the Spring starter"
    echo
    echo "The same Mizan echo ($ECHO_CALL, the same \`EchoFunctions\` class) served by the Vert.x"
    echo "bench app and by the Spring bench app (\`$BENCH_JAR\`, Tomcat on virtual threads, no Spring"
    echo "Security), both running, loaded in turn by wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1 for ${DURATION}s per side after"
    echo "a ${WARMUP}s warm-up each; rounds alternate which server goes first. The idle server uses no CPU."
    echo
    echo "| round | order | Vert.x req/s | Vert.x p50 ms | Vert.x p99 ms | Vert.x CPU µs/req | Spring req/s | Spring p50 ms | Spring p99 ms | Spring CPU µs/req | Vert.x / Spring req/s |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: Vert.x $(fmt "$v_med") req/s at $(fmt "$(median "${vx_cpus[@]}")" 1) µs of server CPU per request, Spring"
    echo "$(fmt "$s_med") req/s at $(fmt "$(median "${sp_cpus[@]}")" 1) µs. Median of the round ratios: **$(fmt "$q_med" 3)×**"
    echo "(ratio of the medians: $(fmt "$(calc "$v_med / $s_med")" 3)×). Goal ≥ 1.4×: $(at_least "$q_med" 1.4)."
  } >"$out"
  VERTX_SPRING_RATIO=$q_med
  VERTX_SPRING_DETAIL="Vert.x $(fmt "$v_med") req/s vs Spring $(fmt "$s_med") req/s"
}

measure_fixture_apps() {
  # Startup time (launch to the first 200 on /api/mizan/session/) and idle VmRSS of both conformance
  # fixture apps, each started $FIXTURE_STARTS time(s). Writes fixture-apps.md and sets
  # FIXTURE_SPRING_MS, FIXTURE_VERTX_MS, FIXTURE_SPRING_MIB, FIXTURE_VERTX_MIB.
  local out="$RESULTS/fixture-apps.md" n=${FIXTURE_STARTS:-3}
  [ -f "$SPRING_FIXTURE_JAR" ] || bench_fail "$SPRING_FIXTURE_JAR is missing; build it: bin/mvn -q -pl conformance/mizan-conformance-fixture -am package -DskipTests"
  [ -f "$VERTX_FIXTURE_CP" ] || bench_fail "$VERTX_FIXTURE_CP is missing; build it: bin/mvn -q -pl conformance/mizan-conformance-vertx-fixture -am package -DskipTests"
  local -a sp_ms=() vx_ms=() sp_rss=() vx_rss=() rows=()
  local i
  for i in $(seq 1 "$n"); do
    server_start fixture-spring "$BENCH_ROOT/$SPRING_FIXTURE_JAR"
    sp_ms+=("$SERVER_STARTUP_MS")
    sleep "$MEMORY_SETTLE"
    sp_rss+=("$(server_rss_kib)")
    server_stop
    server_launch fixture-vertx -cp "$BENCH_ROOT/$VERTX_FIXTURE_CLASSES:$(cat "$VERTX_FIXTURE_CP")" \
      dev.mizan.conformance.fixture.vertx.VertxFixture 0
    vx_ms+=("$SERVER_STARTUP_MS")
    sleep "$MEMORY_SETTLE"
    vx_rss+=("$(server_rss_kib)")
    server_stop
    rows+=("| $i | ${sp_ms[-1]} | $(fmt "$(calc "${sp_rss[-1]} / 1024")") | ${vx_ms[-1]} | $(fmt "$(calc "${vx_rss[-1]} / 1024")") |")
    bench_log "fixture apps, start $i/$n: Spring ${sp_ms[-1]} ms, Vert.x ${vx_ms[-1]} ms"
  done
  FIXTURE_SPRING_MS=$(fmt "$(median "${sp_ms[@]}")") FIXTURE_VERTX_MS=$(fmt "$(median "${vx_ms[@]}")")
  FIXTURE_SPRING_MIB=$(fmt "$(calc "$(median "${sp_rss[@]}") / 1024")") FIXTURE_VERTX_MIB=$(fmt "$(calc "$(median "${vx_rss[@]}") / 1024")")
  {
    echo "# Startup and idle memory of the two conformance fixture apps"
    echo
    echo "The same fixture functions served by the Spring fixture (\`$SPRING_FIXTURE_JAR\`: Spring Boot,"
    echo "Spring Security, the starter) and by the Vert.x fixture (\`VertxFixture\` on the class path: Vert.x-web,"
    echo "the Vert.x adapter, Hibernate Validator), each started $n time(s) in turn with the JVM's default flags"
    echo "(${BENCH_JAVA_OPTS:-no extra JVM options}). Startup: from launching \`java\` to the first 200 answer of"
    echo "\`GET /api/mizan/session/\` (polled every 50 ms). Idle memory: VmRSS ${MEMORY_SETTLE}s later."
    echo
    echo "| start | Spring startup ms | Spring idle VmRSS MiB | Vert.x startup ms | Vert.x idle VmRSS MiB |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: Spring **$FIXTURE_SPRING_MS ms**, **$FIXTURE_SPRING_MIB MiB**; Vert.x **$FIXTURE_VERTX_MS ms**, **$FIXTURE_VERTX_MIB MiB**."
  } >"$out"
}

measure_vertx() {
  vertx_bench_start
  measure_vertx_call
  measure_bundling vertx "on Vert.x"
  # The smoke run (CI) leaves out the two measures that only start more JVMs (the Spring bench app,
  # both fixture apps): under CI's load each start costs up to a minute, and the conformance suite
  # starts both fixtures anyway. The full run measures them.
  if [ "$BENCH_MODE" = full ]; then
    measure_vertx_vs_spring
  fi
  server_stop
  if [ "$BENCH_MODE" = full ]; then
    measure_fixture_apps
  fi
}
