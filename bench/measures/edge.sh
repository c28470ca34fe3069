# Measure 9, the edge: @mizan/edge on Node (bench/edge/serve.mjs, loopback) in front of the task
# board jar. The same read, GET /api/mizan/ctx/team/ by the signed-in user ben (its MWT cookie
# from the session), served by the edge from its cache (hit), by the origin directly (where the
# origin cache keeps it), and through an edge that keeps nothing (every read a miss: key, lookup,
# origin fetch, checks), in turn. Figures: hit req/s and p50 against the origin's, and the miss's
# added p50 latency.

EDGE_SECRET=taskboard-demo-cache-secret-not-for-production
EDGE_PIDS=()

edge_start() {
  # edge_start memory|none: starts an edge in front of $ORIGIN_URL; sets EDGE_URL.
  local mode=$1 log="$BENCH_TMP/edge-$1.log" i port
  node bench/edge/serve.mjs "$ORIGIN_URL" "$EDGE_SECRET" "$mode" >"$log" 2>&1 &
  EDGE_PIDS+=("$!")
  for i in $(seq 1 120); do
    port=$(sed -n 's/^edge listening on port \([0-9]*\)$/\1/p' "$log")
    [ -n "$port" ] && { EDGE_URL="http://127.0.0.1:$port"; return 0; }
    sleep 0.25
  done
  bench_fail "the edge ($mode) did not start: $(cat "$log")"
}

edge_stop_all() {
  local pid
  for pid in ${EDGE_PIDS[@]+"${EDGE_PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  EDGE_PIDS=()
}

edge_outcome() {
  # edge_outcome URL: the X-Mizan-Edge header of one read through that edge.
  curl -s -o /dev/null -D - -H "Cookie: $SESSION_COOKIE" "$1/api/mizan/ctx/team/" | tr -d '\r' |
    sed -n 's/^[Xx]-[Mm]izan-[Ee]dge: //p'
}

measure_edge() {
  # Starts the task board and two edges; writes edge.md and sets EDGE_RATIO, EDGE_HIT_P50,
  # EDGE_ORIGIN_P50, EDGE_MISS_ADDED_MS.
  local out="$RESULTS/edge.md" jar="$BENCH_ROOT/$TASKBOARD_JAR" path=/api/mizan/ctx/team/
  [ -f "$jar" ] || bench_fail "$TASKBOARD_JAR is missing; build it: bin/mvn -q -pl examples/taskboard/backend -am package -DskipTests"
  (source bin/lib/node.sh && mizan_npm_install "$BENCH_ROOT" && npm run --silent build -w @mizan/keys -w @mizan/edge) >&2 ||
    bench_fail "cannot build @mizan/edge"
  SESSION_COOKIE=""
  server_start taskboard "$jar"
  ORIGIN_URL=$SERVER_URL
  # The board seeds its users after the port answers: sign in once they exist.
  local i
  for i in $(seq 1 240); do grep -q 'Task board ready' "$BENCH_TMP/taskboard.log" && break; sleep 0.25; done
  taskboard_login
  local hit_url miss_url
  edge_start memory
  hit_url=$EDGE_URL
  edge_start none
  miss_url=$EDGE_URL
  [ "$(edge_outcome "$hit_url")" = miss ] && [ "$(edge_outcome "$hit_url")" = hit ] ||
    bench_fail "the edge did not keep GET $path (the MWT cookie is in the session: $SESSION_COOKIE)"
  [ "$(edge_outcome "$miss_url")" = miss ] || bench_fail "the keep-nothing edge did not answer a miss"
  bench_log "edge: warm-up ${WARMUP}s per side"
  local side
  for side in "$hit_url" "$ORIGIN_URL" "$miss_url"; do SERVER_URL=$side; wrk_run "$CONNECTIONS" "$WARMUP" GET "$path"; done
  local -a ratio=() added=() hit=() origin=() miss=() hit50=() origin50=() miss50=() rows=()
  local round order h_rps o_rps m_rps h_p50 o_p50 m_p50
  for round in $(seq 1 "$ROUNDS"); do
    if [ $(( round % 2 )) -eq 1 ]; then order="hit origin miss"; else order="miss origin hit"; fi
    for side in $order; do
      case $side in
        hit) SERVER_URL=$hit_url; wrk_run "$CONNECTIONS" "$DURATION" GET "$path"; h_rps=$WRK_RPS h_p50=$WRK_P50_MS ;;
        origin) SERVER_URL=$ORIGIN_URL; wrk_run "$CONNECTIONS" "$DURATION" GET "$path"; o_rps=$WRK_RPS o_p50=$WRK_P50_MS ;;
        miss) SERVER_URL=$miss_url; wrk_run "$CONNECTIONS" "$DURATION" GET "$path"; m_rps=$WRK_RPS m_p50=$WRK_P50_MS ;;
      esac
    done
    hit+=("$h_rps") origin+=("$o_rps") miss+=("$m_rps") hit50+=("$h_p50") origin50+=("$o_p50") miss50+=("$m_p50")
    ratio+=("$(calc "$h_rps / $o_rps")") added+=("$(calc "$m_p50 - $o_p50")")
    rows+=("| $round | ${order// / → } | $(fmt "$h_rps") | $(fmt "$h_p50" 3) | $(fmt "$o_rps") | $(fmt "$o_p50" 3) | $(fmt "$m_rps") | $(fmt "$m_p50" 3) | $(fmt "${ratio[-1]}" 2) | $(fmt "${added[-1]}" 3) |")
    bench_log "edge, round $round/$ROUNDS: hit $(fmt "$h_rps") req/s, origin $(fmt "$o_rps") req/s, miss $(fmt "$m_rps") req/s"
  done
  SERVER_URL=$ORIGIN_URL
  edge_stop_all
  server_stop
  EDGE_RATIO=$(median "${ratio[@]}")
  EDGE_HIT_RPS=$(median "${hit[@]}") EDGE_ORIGIN_RPS=$(median "${origin[@]}") EDGE_MISS_RPS=$(median "${miss[@]}")
  EDGE_HIT_P50=$(median "${hit50[@]}") EDGE_ORIGIN_P50=$(median "${origin50[@]}") EDGE_MISS_P50=$(median "${miss50[@]}")
  EDGE_MISS_ADDED_MS=$(median "${added[@]}")
  {
    echo "# The edge: a hit at the edge against the same read at the origin, and the cost of a miss"
    echo
    echo "\`GET $path\` of the task board by the signed-in user ben (session cookie and MWT from"
    echo "\`/session/\`), three ways in turn: through \`@mizan/edge\` on Node (\`bench/edge/serve.mjs\`) answering"
    echo "from its cache (**hit**); at the origin directly, where the origin cache keeps the answer (**origin**);"
    echo "through an edge whose store keeps nothing, so that every read takes the miss path: key, lookup,"
    echo "origin fetch, the keep checks (**miss**). One Node process per edge, the JVM and wrk -t$WRK_THREADS -c$CONNECTIONS"
    echo "share the machine's cores, on 127.0.0.1; ${DURATION}s per side after a ${WARMUP}s warm-up each, the order"
    echo "reversed every other round. Server CPU is not reported here: the edge and the origin are two processes."
    echo
    echo "| round | order | hit req/s | hit p50 ms | origin req/s | origin p50 ms | miss req/s | miss p50 ms | hit / origin | miss − origin p50 ms |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians: hit **$(fmt "$EDGE_HIT_RPS") req/s**, p50 $(fmt "$EDGE_HIT_P50" 3) ms; origin **$(fmt "$EDGE_ORIGIN_RPS") req/s**, p50 $(fmt "$EDGE_ORIGIN_P50" 3) ms;"
    echo "hit / origin **$(fmt "$EDGE_RATIO" 2)×** (median of the round ratios). A miss adds **$(fmt "$EDGE_MISS_ADDED_MS" 3) ms** to the"
    echo "origin's p50 (median of the round differences; miss p50 $(fmt "$EDGE_MISS_P50" 3) ms, $(fmt "$EDGE_MISS_RPS") req/s)."
    echo
    echo "Load average when written: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores: the figures are noisy on this machine."
    echo "On loopback a single Node process answering from memory does not outrun the JVM answering from"
    echo "its own origin cache on every core; the edge pays off where it stands: near the user, far from"
    echo "the origin, which it spares (a hit costs the origin nothing)."
  } >"$out"
}
