# Measure 5, server memory: resident memory (VmRSS from /proc/PID/status) of the example app, the
# task board jar, at idle and under a loopback read load by a signed-in user.

TASKBOARD_JAR=examples/taskboard/backend/target/mizan-example-taskboard-0.1.0-SNAPSHOT.jar

taskboard_login() {
  # Signs in as the seeded user ben through the form login; adds its session cookie to
  # SESSION_COOKIE, then opens the Mizan session with it.
  local jar="$BENCH_TMP/login.cookies" page csrf status
  rm -f "$jar"
  # The sign-in page is static (docs/pages.md): its form token comes from /login/token.
  page=$(curl -s -c "$jar" -b "$jar" "$SERVER_URL/login/token")
  csrf=$(printf '%s' "$page" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$csrf" ] || bench_fail "no form token at the task board's /login/token"
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode username=ben --data-urlencode password=ben-pass --data-urlencode "_csrf=$csrf" \
    "$SERVER_URL/login")
  [ "$status" = 302 ] || bench_fail "the task board's form login answered $status"
  SESSION_COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
  session_open
  curl -s -H "Cookie: $SESSION_COOKIE" "$SERVER_URL/api/mizan/session/" | grep -q '"username":"ben"' ||
    bench_fail "the task board session is not signed in after the form login"
}

measure_memory() {
  # Starts the task board jar; writes memory.md and sets MEM_IDLE_MIB, MEM_LOAD_MIB.
  local out="$RESULTS/memory.md" jar="$BENCH_ROOT/$TASKBOARD_JAR"
  [ -f "$jar" ] || bench_fail "$TASKBOARD_JAR is missing; build it: bin/mvn -q -pl examples/taskboard/backend -am package -DskipTests"
  SESSION_COOKIE=""
  server_start taskboard "$jar"
  bench_log "memory: letting the task board settle for ${MEMORY_SETTLE}s"
  sleep "$MEMORY_SETTLE"
  local idle idle_hwm
  idle=$(server_rss_kib) idle_hwm=$(server_rss_kib VmHWM)
  taskboard_login
  local project
  project=$(curl -s -H "Cookie: $SESSION_COOKIE" "$SERVER_URL/api/mizan/ctx/projects/" |
    grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  [ -n "$project" ] || bench_fail "no project in the task board's projects context"
  local path="/api/mizan/ctx/project/?projectId=$project" samples="$BENCH_TMP/rss.samples"
  bench_log "memory: loading GET $path for ${MEMORY_LOAD}s at $CONNECTIONS connections, sampling VmRSS each second"
  : >"$samples"
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do server_rss_kib >>"$samples"; sleep 1; done ) &
  local sampler=$!
  wrk_run "$CONNECTIONS" "$MEMORY_LOAD" GET "$path"
  local load_rps=$WRK_RPS load_p50=$WRK_P50_MS
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local peak end hwm after
  end=$(server_rss_kib) hwm=$(server_rss_kib VmHWM)
  echo "$end" >>"$samples"
  peak=$(sort -n "$samples" | tail -n 1)
  sleep "$MEMORY_SETTLE"
  after=$(server_rss_kib)
  server_stop
  local mib='{ printf "%.0f", $1 / 1024 }'
  MEM_IDLE_MIB=$(echo "$idle" | awk "$mib") MEM_LOAD_MIB=$(echo "$peak" | awk "$mib")
  {
    echo "# Server memory"
    echo
    echo "The example app (\`$TASKBOARD_JAR\`: Spring Boot, Spring Security form login, H2 in"
    echo "memory, Mizan starter) started with \`java -jar\` and the JVM's default flags on this machine"
    echo "(${BENCH_JAVA_OPTS:-no extra JVM options}). Resident memory is VmRSS from /proc/PID/status."
    echo
    echo "| state | VmRSS MiB |"
    echo "|---|---|"
    echo "| idle, ${MEMORY_SETTLE}s after startup | $(echo "$idle" | awk "$mib") |"
    echo "| under load, highest of the 1 s samples and the end | $(echo "$peak" | awk "$mib") |"
    echo "| under load, at its end | $(echo "$end" | awk "$mib") |"
    echo "| idle again, ${MEMORY_SETTLE}s after the load | $(echo "$after" | awk "$mib") |"
    echo "| peak since start (VmHWM) | $(echo "$hwm" | awk "$mib") |"
    echo
    echo "Load: user ben signed in through the form login; wrk -t$WRK_THREADS -c$CONNECTIONS for ${MEMORY_LOAD}s on"
    echo "\`GET $path\` (three members reading H2): $(fmt "$load_rps") req/s, p50 $(fmt "$load_p50" 2) ms."
    echo "VmHWM before the load: $(echo "$idle_hwm" | awk "$mib") MiB (startup peak)."
  } >"$out"
}
