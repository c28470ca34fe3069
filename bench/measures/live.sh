# Measure 8, live updates (docs/live-updates.md): bench/live/live-bench.mjs drives WebSocket clients
# of the bench app on loopback.
# - push latency: sockets subscribed to one instance of the `counter` context; one HTTP mutation at
#   a time (`set_counter`, merged into `counter`); the time from sending it to each socket's receipt
#   of the merge, p50/p99 over every receipt, with 1, 100 and 1,000 sockets on the mutating
#   instance, and with the sockets on a second instance that shares a redis-server (fan-out through
#   the Redis stream). Reference in the same run: the mutating call's own round trip.
# - channel fan-out: sockets joined to channel `ticker`; one socket publishes a message at a time;
#   the time from the publish to each joined socket's receipt, p50/p99, with the same socket counts
#   on one instance and across two via Redis. Reference: the publisher's own acknowledgement.
# - memory per idle socket: server heap after a full GC (jcmd) and VmRSS, before and with 1,000
#   idle subscribed sockets.
# - calls/s over the socket against HTTP /call/, the same `echo` with the same number in flight.
# The bench app runs with CSRF off for this measure (the load generator holds no session) and a
# frame-rate bound high enough not to cap the socket side.

LIVE_SECOND_PID=""

live_node() {
  # node with a global WebSocket (flag on Node 20 and 21).
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 22 ]; then node --no-warnings --experimental-websocket bench/live/live-bench.mjs "$@"; else node bench/live/live-bench.mjs "$@"; fi
}

live_json() {
  # live_json JSON FIELD: one numeric field of a JSON line.
  node -p "JSON.parse(process.argv[1])[process.argv[2]]" "$1" "$2"
}

live_second_stop() {
  [ -n "$LIVE_SECOND_PID" ] || return 0
  kill "$LIVE_SECOND_PID" 2>/dev/null || true
  wait "$LIVE_SECOND_PID" 2>/dev/null || true
  LIVE_SECOND_PID=""
}

measure_live() {
  local out="$RESULTS/live.md" counts events calls_s
  if [ "$BENCH_MODE" = full ]; then counts="1 100 1000" events=200 calls_s=$DURATION; else counts="1 10" events=5 calls_s=1; fi
  source bin/lib/node.sh
  local -a app=(--mizan.csrf.enabled=false --mizan.live.frames-per-second=100000 --mizan.live.max-calls-in-flight=64)
  local -a rows=()
  local n line
  # One instance.
  server_start bench-live "$BENCH_JAR" "${app[@]}"
  local one=$SERVER_URL
  for n in $counts; do
    bench_log "live: push latency, $n socket(s) on the mutating instance, $events events"
    line=$(live_node latency --mutate "$one" --listen "$one" --sockets "$n" --events "$events") || bench_fail "live latency run failed"
    rows+=("| one instance | $n | $(fmt "$(live_json "$line" push_p50_ms)" 2) | $(fmt "$(live_json "$line" push_p99_ms)" 2) | $(fmt "$(live_json "$line" call_p50_ms)" 2) | $(live_json "$line" receipts) |")
    [ "$n" = 1 ] && LIVE_P50_ONE=$(live_json "$line" push_p50_ms) LIVE_CALL_ONE=$(live_json "$line" call_p50_ms)
  done
  local -a channel_rows=()
  for n in $counts; do
    bench_log "live: channel fan-out, $n socket(s) on the publishing instance, $events messages"
    line=$(live_node channel --publish "$one" --listen "$one" --sockets "$n" --events "$events") || bench_fail "live channel run failed"
    channel_rows+=("| one instance | $n | $(fmt "$(live_json "$line" fanout_p50_ms)" 2) | $(fmt "$(live_json "$line" fanout_p99_ms)" 2) | $(fmt "$(live_json "$line" ack_p50_ms)" 2) | $(live_json "$line" receipts) |")
    [ "$n" = 1 ] && LIVE_CH_ONE=$(live_json "$line" fanout_p50_ms) LIVE_ACK_ONE=$(live_json "$line" ack_p50_ms)
  done
  local idle=1000
  [ "$BENCH_MODE" = full ] || idle=50
  bench_log "live: memory of $idle idle sockets"
  local mem
  mem=$(live_node memory --url "$one" --pid "$SERVER_PID" --jcmd "$JAVA_HOME/bin/jcmd" --sockets "$idle") || bench_fail "live memory run failed"
  LIVE_HEAP_PER_SOCKET=$(live_json "$mem" heap_per_socket_bytes)
  bench_log "live: calls/s over the socket and over HTTP, 16 in flight, ${calls_s}s each"
  local rates
  rates=$(live_node calls --url "$one" --concurrency 16 --seconds "$calls_s") || bench_fail "live calls run failed"
  LIVE_SOCKET_CALLS=$(live_json "$rates" socket_calls_per_s) LIVE_HTTP_CALLS=$(live_json "$rates" http_calls_per_s)
  LIVE_CALLS_RATIO=$(calc "$LIVE_SOCKET_CALLS / $LIVE_HTTP_CALLS")
  server_stop
  # Two instances sharing a redis-server: mutations on the first, sockets on the second.
  cache_redis_start
  local redis="--mizan.live.redis-url=redis://127.0.0.1:$CACHE_REDIS_PORT"
  server_start bench-live-1 "$BENCH_JAR" "${app[@]}" "$redis"
  local first=$SERVER_URL first_pid=$SERVER_PID
  server_start bench-live-2 "$BENCH_JAR" "${app[@]}" "$redis"
  LIVE_SECOND_PID=$SERVER_PID
  local second=$SERVER_URL
  SERVER_PID=$first_pid
  for n in $counts; do
    bench_log "live: push latency across two instances via Redis, $n socket(s), $events events"
    line=$(live_node latency --mutate "$first" --listen "$second" --sockets "$n" --events "$events") || bench_fail "live latency run (Redis) failed"
    rows+=("| two instances, Redis | $n | $(fmt "$(live_json "$line" push_p50_ms)" 2) | $(fmt "$(live_json "$line" push_p99_ms)" 2) | $(fmt "$(live_json "$line" call_p50_ms)" 2) | $(live_json "$line" receipts) |")
    [ "$n" = 1 ] && LIVE_P50_REDIS=$(live_json "$line" push_p50_ms)
    bench_log "live: channel fan-out across two instances via Redis, $n socket(s), $events messages"
    line=$(live_node channel --publish "$first" --listen "$second" --sockets "$n" --events "$events") || bench_fail "live channel run (Redis) failed"
    channel_rows+=("| two instances, Redis | $n | $(fmt "$(live_json "$line" fanout_p50_ms)" 2) | $(fmt "$(live_json "$line" fanout_p99_ms)" 2) | $(fmt "$(live_json "$line" ack_p50_ms)" 2) | $(live_json "$line" receipts) |")
  done
  server_stop
  live_second_stop
  cache_redis_stop
  {
    echo "# Live updates: push latency, memory per socket, calls over the socket"
    echo
    echo "The bench app (\`$BENCH_JAR\`), load generator \`bench/live/live-bench.mjs\` (Node's WebSocket and"
    echo "fetch) on the same machine, 127.0.0.1. Push latency: sockets subscribed to one instance of"
    echo "the \`counter\` context; $events HTTP mutations one at a time (\`set_counter\`, merged into"
    echo "\`counter\`); each figure is the time from sending the mutation to one socket's receipt of its"
    echo "merge, p50/p99 over every receipt (sockets × events). The reference is the mutating call's own"
    echo "round trip (its answer carries the same merge). With Redis: two instances sharing a local"
    echo "redis-server without persistence (\`mizan.live.redis-url\`), the mutation on the first, the"
    echo "sockets on the second. The load generator is one Node process: with many sockets, its own"
    echo "event loop handling every receipt is part of the figure."
    echo
    echo "| setup | sockets | push p50 ms | push p99 ms | mutation round trip p50 ms | receipts |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "One socket on the mutating instance: push p50 $(fmt "$LIVE_P50_ONE" 2) ms = **$(fmt "$(calc "$LIVE_P50_ONE / $LIVE_CALL_ONE")" 2)×** the mutation's round trip; across two instances via Redis: $(fmt "$LIVE_P50_REDIS" 2) ms."
    echo
    echo "## Channel fan-out"
    echo
    echo "Sockets joined to channel \`ticker\` of one counter; one publishing socket sends $events messages one"
    echo "at a time (\`publish\` frames); each figure is the time from sending a publish to one joined socket's"
    echo "receipt of the \`channel\` message, p50/p99 over every receipt. The reference is the publisher's"
    echo "own acknowledgement (\`{id, result, seq}\`, sent once the message is in the live log). With Redis:"
    echo "the publisher on the first instance, the joined sockets on the second."
    echo
    echo "| setup | sockets | fan-out p50 ms | fan-out p99 ms | publish ack p50 ms | receipts |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${channel_rows[@]}"
    echo
    echo "One joined socket on the publishing instance: fan-out p50 $(fmt "$LIVE_CH_ONE" 2) ms = **$(fmt "$(calc "$LIVE_CH_ONE / $LIVE_ACK_ONE")" 2)×** the publish acknowledgement."
    echo
    echo "## Memory per idle socket"
    echo
    echo "$idle sockets, each subscribed to one context instance, held open with nothing to push; server"
    echo "heap after a full GC (\`jcmd GC.run\`, twice, then \`GC.heap_info\`) and VmRSS, before and with them:"
    echo
    echo "| figure | before KiB | with sockets KiB | per socket bytes |"
    echo "|---|---|---|---|"
    echo "| heap used | $(live_json "$mem" heap_before_kib) | $(live_json "$mem" heap_with_kib) | **$(fmt "$(live_json "$mem" heap_per_socket_bytes)")** |"
    echo "| VmRSS | $(live_json "$mem" rss_before_kib) | $(live_json "$mem" rss_with_kib) | $(fmt "$(live_json "$mem" rss_per_socket_bytes)") |"
    echo
    echo "## Calls over the socket against HTTP /call/"
    echo
    echo "\`echo\` with 16 calls in flight for ${calls_s}s each way after a warm-up of each: 16 keep-alive"
    echo "HTTP connections (\`POST /call/\`) against 16 sockets with one call in flight each."
    echo
    echo "| transport | calls/s |"
    echo "|---|---|"
    echo "| HTTP /call/ | $(fmt "$LIVE_HTTP_CALLS") |"
    echo "| socket | $(fmt "$LIVE_SOCKET_CALLS") |"
    echo
    echo "Socket / HTTP: **$(fmt "$LIVE_CALLS_RATIO" 2)×**."
  } >"$out"
}
