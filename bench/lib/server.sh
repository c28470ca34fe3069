# Sourced by bench/run: starts a Spring Boot jar on a free loopback port, stops it by PID, reads
# its resident memory, opens a Mizan session for the load generator.

SERVER_PID=""
SERVER_URL=""

server_start() {
  # server_start NAME JAR [APP ARGS...]: starts a Spring Boot jar on a free loopback port (see
  # server_launch).
  local name=$1 jar=$2
  shift 2
  server_launch "$name" -jar "$jar" --server.port=0 --server.address=127.0.0.1 --spring.main.banner-mode=off "$@"
}

server_launch() {
  # server_launch NAME JAVA ARGS...: starts java with the arguments, waits until the port it logs
  # ("… started on port N") answers 200 on /api/mizan/session/. Sets SERVER_PID, SERVER_URL and
  # SERVER_STARTUP_MS (launch to the first 200, polled every 50 ms); the log goes to
  # $BENCH_TMP/NAME.log.
  local name=$1
  shift
  local log="$BENCH_TMP/$name.log" port started
  started=$(date +%s%N)
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM flags
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  local deadline=$(( $(date +%s) + 120 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$log" >&2; bench_fail "$name exited during startup (log: $log)"; }
    # The port the server chose, from Spring Boot's "Tomcat started on port N" line (or the same words).
    port=$(sed -n 's/.* started on port[s():]* *\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
    if [ -n "$port" ]; then
      SERVER_URL="http://127.0.0.1:$port"
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "$SERVER_URL/api/mizan/session/")" = 200 ]; then
        SERVER_STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
        bench_log "$name is up at $SERVER_URL (pid $SERVER_PID, ${SERVER_STARTUP_MS} ms)"
        return 0
      fi
    fi
    sleep 0.05
  done
  server_stop
  bench_fail "$name did not answer within 120 s (log: $log)"
}

server_stop() {
  # Stops the server started last: SIGTERM, then SIGKILL after 15 s.
  [ -n "$SERVER_PID" ] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.25
    done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID" 2>/dev/null
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

server_rss_kib() {
  # Resident memory of the server process in KiB (VmRSS, or the field named by $1, e.g. VmHWM).
  awk -v f="${1:-VmRSS}:" '$1 == f { print $2 }' "/proc/$SERVER_PID/status"
}

SESSION_COOKIE=""
SESSION_CSRF=""

session_open() {
  # session_open [CURL ARGS...]: GET /api/mizan/session/, keeping every cookie it sets (plus any
  # in $SESSION_COOKIE already) and its CSRF token, for the load generator's headers.
  local headers="$BENCH_TMP/session.headers" body
  body=$(curl -s -D "$headers" ${SESSION_COOKIE:+-H "Cookie: $SESSION_COOKIE"} "$@" "$SERVER_URL/api/mizan/session/")
  SESSION_CSRF=$(printf '%s' "$body" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')
  [ -n "$SESSION_CSRF" ] || bench_fail "no csrf_token in /api/mizan/session/: $body"
  local set
  set=$(tr -d '\r' <"$headers" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | paste -sd ';' - | sed 's/;/; /g')
  SESSION_COOKIE="${SESSION_COOKIE:+$SESSION_COOKIE; }$set"
}
