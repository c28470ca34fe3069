# Measure 14, server-side rendering (docs/ssr.md): the task board's project page /projects/ID for
# the signed-in user ben, rendered by the JVM's Node workers (SSR), against the client-rendered
# shell of the same page from a second task board that runs with SSR off (CSR: the same filter,
# the same page, its shell). Both servers run at once and are loaded in turn; the SSR server is
# started with 1 worker, then with 2. Figures: requests/s, p50 and p99 of each side and their
# ratio; time to first byte (sequential requests); resident memory per worker; and in Chromium,
# the time from navigation until the task titles are in a painted frame, SSR against CSR.

SSR_CSR_PID="" SSR_PID=""
SSR_FALLBACKS='falls back to the client-rendered shell|took longer than|died while rendering|failed in the page'

ssr_stop_servers() {
  # Stops the measure's servers that still run (the SSR one and the CSR one), by their PIDs.
  local pid
  for pid in $SSR_PID $SSR_CSR_PID; do
    SERVER_PID=$pid
    server_stop
  done
  SSR_PID="" SSR_CSR_PID="" SERVER_PID=""
}

ssr_use() {
  # ssr_use ssr|csr: points wrk_run (SERVER_URL, SERVER_PID, the session) at that side's server.
  case $1 in
    ssr) SERVER_URL=$SSR_URL SERVER_PID=$SSR_PID SESSION_COOKIE=$SSR_COOKIE SESSION_CSRF=$SSR_CSRF ;;
    csr) SERVER_URL=$CSR_URL SERVER_PID=$SSR_CSR_PID SESSION_COOKIE=$CSR_COOKIE SESSION_CSRF=$CSR_CSRF ;;
  esac
}

ssr_board() {
  # ssr_board NAME [ARGS...]: starts a task board (its users are seeded before its port answers)
  # and signs ben in.
  SESSION_COOKIE=""
  server_start "$@"
  taskboard_login
}

ssr_fallbacks() {
  # The number of fallbacks the SSR server has logged so far.
  grep -c -E "$SSR_FALLBACKS" "$BENCH_TMP/$SSR_LOG" || true
}

ssr_workers() {
  # The pids of the SSR server's Node workers (its child processes).
  ps -o pid= --ppid "$SSR_PID" | tr -d ' '
}

ssr_worker_rss_mib() {
  # ssr_worker_rss_mib [FIELD]: VmRSS (or FIELD) of each worker in MiB, space-separated.
  local pid
  for pid in $(ssr_workers); do
    awk -v f="${1:-VmRSS}:" '$1 == f { printf "%.1f ", $2 / 1024 }' "/proc/$pid/status"
  done
}

ssr_ttfb() {
  # ssr_ttfb ssr|csr COUNT: sequential GETs of the page; prints "median_ms p90_ms bytes" of the
  # time to the first byte.
  ssr_use "$1"
  local i out="$BENCH_TMP/ttfb-$1" bytes
  : >"$out"
  for i in $(seq 1 "$2"); do
    curl -s -o /dev/null -H "Cookie: $SESSION_COOKIE" -w '%{time_starttransfer} %{size_download}\n' \
      "$SERVER_URL$SSR_PATH" >>"$out"
  done
  bytes=$(tail -n 1 "$out" | cut -d' ' -f2)
  sort -g "$out" | awk -v b="$bytes" '{ v[NR] = $1 * 1000 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = v[int(NR * 0.9 + 0.999)]; if (p == "") p = v[NR]
    printf "%.3f %.3f %d\n", m, p, b }'
}

measure_ssr() {
  # Writes ssr.md; sets SSR_RATIO_1, SSR_RATIO_2, SSR_TTFB_SSR, SSR_TTFB_CSR, SSR_WORKER_MIB,
  # SSR_PAINT_SSR, SSR_PAINT_CSR.
  local out="$RESULTS/ssr.md" jar="$BENCH_ROOT/$TASKBOARD_JAR"
  [ -f "$jar" ] || bench_fail "$TASKBOARD_JAR is missing; build it: bin/mvn -q -pl examples/taskboard/backend -am package -DskipTests"
  [ "$("$JAVA_HOME/bin/jar" tf "$jar" | grep -c '^BOOT-INF/classes/ssr/entry-server.js$')" -eq 1 ] ||
    bench_fail "$TASKBOARD_JAR has no server entry (ssr/entry-server.js): the frontend was not built into it"
  (source bin/lib/node.sh && mizan_npm_install "$BENCH_ROOT") >&2 || bench_fail "cannot install the npm workspaces"
  local loads=10 ttfb_count=30 counts="1 2"
  if [ "$BENCH_MODE" = smoke ]; then loads=2 ttfb_count=3 counts="2"; fi

  ssr_board taskboard-csr "$jar" --mizan.ssr.enabled=false
  CSR_URL=$SERVER_URL SSR_CSR_PID=$SERVER_PID CSR_COOKIE=$SESSION_COOKIE CSR_CSRF=$SESSION_CSRF
  SERVER_PID=""
  local project
  project=$(curl -s -H "Cookie: $CSR_COOKIE" "$CSR_URL/api/mizan/ctx/projects/" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  [ -n "$project" ] || bench_fail "no project in the task board's projects context"
  SSR_PATH=/projects/$project
  local tasks
  tasks=$(curl -s -H "Cookie: $CSR_COOKIE" "$CSR_URL/api/mizan/ctx/project/?projectId=$project" | grep -o '"title":' | wc -l)
  [ "$tasks" -gt 0 ] || bench_fail "project $project has no task to show"
  curl -s -D - -o /dev/null -H "Cookie: $CSR_COOKIE" "$CSR_URL$SSR_PATH" | tr -d '\r' | grep -qi '^x-mizan-render: csr$' ||
    bench_fail "the CSR side does not answer $SSR_PATH with the client-rendered shell"

  local -a rows=() ttfb_rows=() mem_rows=()
  local workers
  for workers in $counts; do
    SSR_LOG=taskboard-ssr$workers.log
    ssr_board "taskboard-ssr$workers" "$jar" --mizan.ssr.workers="$workers" --mizan.ssr.health-interval=60s
    SSR_URL=$SERVER_URL SSR_PID=$SERVER_PID SSR_COOKIE=$SESSION_COOKIE SSR_CSRF=$SESSION_CSRF
    local page
    page=$(curl -s -D "$BENCH_TMP/ssr.headers" -H "Cookie: $SSR_COOKIE" "$SSR_URL$SSR_PATH")
    tr -d '\r' <"$BENCH_TMP/ssr.headers" | grep -qi '^x-mizan-render: ssr$' ||
      bench_fail "the SSR side did not render $SSR_PATH ($(grep -i x-mizan-render "$BENCH_TMP/ssr.headers"))"
    [ "$(printf '%s' "$page" | grep -o 'class="task-title"' | wc -l)" -eq "$tasks" ] ||
      bench_fail "the server-rendered $SSR_PATH does not show the project's $tasks tasks"
    [ "$(ssr_workers | wc -l)" -eq "$workers" ] || bench_fail "the SSR server runs $(ssr_workers | wc -l) workers, not $workers"

    # Time to first byte: one request at a time on an otherwise idle pair.
    local t_ssr t_csr
    t_ssr=$(ssr_ttfb ssr "$ttfb_count") t_csr=$(ssr_ttfb csr "$ttfb_count")
    ttfb_rows+=("| $workers | $(echo "$t_ssr" | cut -d' ' -f1) | $(echo "$t_ssr" | cut -d' ' -f2) | $(echo "$t_ssr" | cut -d' ' -f3) | $(echo "$t_csr" | cut -d' ' -f1) | $(echo "$t_csr" | cut -d' ' -f2) | $(echo "$t_csr" | cut -d' ' -f3) |")
    eval "SSR_TTFB_SSR_$workers=$(echo "$t_ssr" | cut -d' ' -f1) SSR_TTFB_CSR_$workers=$(echo "$t_csr" | cut -d' ' -f1)"
    local idle_mib
    idle_mib=$(ssr_worker_rss_mib)

    bench_log "ssr ($workers worker(s)): warm-up ${WARMUP}s per side"
    ssr_use ssr; wrk_run "$CONNECTIONS" "$WARMUP" GET "$SSR_PATH"
    ssr_use csr; wrk_run "$CONNECTIONS" "$WARMUP" GET "$SSR_PATH"
    local -a ratio=() s_rps=() c_rps=() s50=() s99=() c50=() c99=() s_cpu=() c_cpu=()
    local round order side before
    for round in $(seq 1 "$ROUNDS"); do
      if [ $(( round % 2 )) -eq 1 ]; then order="ssr csr"; else order="csr ssr"; fi
      for side in $order; do
        ssr_use "$side"
        before=$(ssr_fallbacks)
        wrk_run "$CONNECTIONS" "$DURATION" GET "$SSR_PATH"
        if [ "$side" = ssr ]; then
          [ "$(ssr_fallbacks)" -eq "$before" ] ||
            bench_fail "renders fell back to the shell during the SSR run (see $BENCH_TMP/$SSR_LOG): the figures would be the shell's"
          s_rps+=("$WRK_RPS") s50+=("$WRK_P50_MS") s99+=("$WRK_P99_MS") s_cpu+=("$WRK_CPU_US")
        else
          c_rps+=("$WRK_RPS") c50+=("$WRK_P50_MS") c99+=("$WRK_P99_MS") c_cpu+=("$WRK_CPU_US")
        fi
      done
      ratio+=("$(calc "${s_rps[-1]} / ${c_rps[-1]}")")
      rows+=("| $workers | $round | ${order// / → } | $(fmt "${s_rps[-1]}") | $(fmt "${s50[-1]}" 2) | $(fmt "${s99[-1]}" 2) | $(fmt "${c_rps[-1]}") | $(fmt "${c50[-1]}" 2) | $(fmt "${c99[-1]}" 2) | $(fmt "${ratio[-1]}" 3) |")
      bench_log "ssr ($workers worker(s)), round $round/$ROUNDS: SSR $(fmt "${s_rps[-1]}") req/s, CSR shell $(fmt "${c_rps[-1]}") req/s"
    done
    local load_mib hwm_mib
    load_mib=$(ssr_worker_rss_mib) hwm_mib=$(ssr_worker_rss_mib VmHWM)
    mem_rows+=("| $workers | ${idle_mib% } | ${load_mib% } | ${hwm_mib% } | $(( $(server_rss_kib) / 1024 )) |")
    eval "SSR_RATIO_$workers=$(median "${ratio[@]}")"
    eval "SSR_RPS_$workers=$(median "${s_rps[@]}") SSR_CSR_RPS_$workers=$(median "${c_rps[@]}")"
    eval "SSR_P50_$workers=$(median "${s50[@]}") SSR_P99_$workers=$(median "${s99[@]}")"
    eval "SSR_CSR_P50_$workers=$(median "${c50[@]}") SSR_CSR_P99_$workers=$(median "${c99[@]}")"
    eval "SSR_CPU_$workers=$(median "${s_cpu[@]}") SSR_CSR_CPU_$workers=$(median "${c_cpu[@]}")"
    SSR_WORKER_MIB=$(printf '%s\n' $load_mib | sort -g | tail -n 1)

    if [ "$workers" = "$(echo "$counts" | awk '{ print $NF }')" ]; then
      bench_log "ssr: first paint with data in Chromium, $loads loads per side"
      local paint
      paint=$(node bench/ssr/first-paint.mjs --ssr "$SSR_URL" --ssr-cookie "$SSR_COOKIE" \
        --csr "$CSR_URL" --csr-cookie "$CSR_COOKIE" --path "$SSR_PATH" --loads "$loads") ||
        bench_fail "the browser measure failed"
      SSR_PAINT_SSR=$(printf '%s' "$paint" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).ssr.titles_p50_ms')
      SSR_PAINT_CSR=$(printf '%s' "$paint" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).csr.titles_p50_ms')
      SSR_FCP_SSR=$(printf '%s' "$paint" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).ssr.fcp_p50_ms')
      SSR_FCP_CSR=$(printf '%s' "$paint" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).csr.fcp_p50_ms')
      SSR_PAINT_LOADS=$(printf '%s' "$paint" | node -pe 'const p = JSON.parse(require("fs").readFileSync(0, "utf8")); `SSR ${p.ssr.titles_ms.map((x) => x.toFixed(1)).join(", ")}; CSR ${p.csr.titles_ms.map((x) => x.toFixed(1)).join(", ")}`')
      SSR_PAINT_WORKERS=$workers
      [ "$(ssr_fallbacks)" -eq 0 ] || bench_fail "renders fell back to the shell (see $BENCH_TMP/$SSR_LOG)"
    fi
    # The SSR server (SERVER_PID may name either side here).
    SERVER_PID=$SSR_PID
    server_stop
    SSR_PID=""
  done
  ssr_stop_servers
  SSR_TTFB_SSR=$(eval echo "\$SSR_TTFB_SSR_$SSR_PAINT_WORKERS") SSR_TTFB_CSR=$(eval echo "\$SSR_TTFB_CSR_$SSR_PAINT_WORKERS")
  {
    echo "# Server-side rendering: the task board's project page, SSR against the CSR shell"
    echo
    echo "\`GET $SSR_PATH\` of the task board (\`$TASKBOARD_JAR\`) by the signed-in user ben ($tasks tasks),"
    echo "from two task boards running at once: one renders the page with its Node workers (**SSR**: the"
    echo "project's data read in-process through the dispatcher and embedded, the HTML complete), the other"
    echo "runs with \`mizan.ssr.enabled=false\` and answers the same path with the client-rendered shell"
    echo "(**CSR**: the same page filter, the shell's bytes; the browser then still has to load the scripts"
    echo "and fetch the page's contexts, which the browser figures below include). The SSR server runs with"
    echo "$(echo "$counts" | sed 's/ / and with /') worker(s), started afresh for each. wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1, ${DURATION}s per side after a ${WARMUP}s warm-up each,"
    echo "the order reversed every other round; a run in which any render fell back to the shell fails."
    echo
    echo "## Throughput and latency"
    echo
    echo "| workers | round | order | SSR req/s | SSR p50 ms | SSR p99 ms | CSR req/s | CSR p50 ms | CSR p99 ms | SSR / CSR |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    for workers in $counts; do
      echo "- $workers worker(s): SSR **$(fmt "$(eval echo "\$SSR_RPS_$workers")") req/s**, p50 $(fmt "$(eval echo "\$SSR_P50_$workers")" 2) ms, p99 $(fmt "$(eval echo "\$SSR_P99_$workers")" 2) ms;" \
        "CSR shell $(fmt "$(eval echo "\$SSR_CSR_RPS_$workers")") req/s, p50 $(fmt "$(eval echo "\$SSR_CSR_P50_$workers")" 2) ms, p99 $(fmt "$(eval echo "\$SSR_CSR_P99_$workers")" 2) ms;" \
        "SSR / CSR **$(fmt "$(eval echo "\$SSR_RATIO_$workers")" 3)×** (median of the round ratios); JVM CPU per request $(fmt "$(eval echo "\$SSR_CPU_$workers")") µs SSR (the workers' CPU not included), $(fmt "$(eval echo "\$SSR_CSR_CPU_$workers")") µs CSR."
    done
    echo
    echo "## Time to first byte"
    echo
    echo "$ttfb_count sequential requests per side on the idle pair (curl's \`time_starttransfer\`). The pool sends a"
    echo "page once it is complete, so the first byte of an SSR page comes after its render."
    echo
    echo "| workers | SSR median ms | SSR p90 ms | SSR bytes | CSR median ms | CSR p90 ms | CSR bytes |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${ttfb_rows[@]}"
    echo
    echo "## Memory per worker"
    echo
    echo "VmRSS of each Node worker (MiB) after its first renders, after the load, and its peak (VmHWM); the"
    echo "SSR server's JVM beside it."
    echo
    echo "| workers | per worker, before the load | per worker, after | per worker, peak | JVM VmRSS MiB |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${mem_rows[@]}"
    echo
    echo "## First paint with data, in Chromium"
    echo
    echo "Debian's Chromium (headless, playwright-core) loads $SSR_PATH from each server in turn, $loads times"
    echo "each after one warm-up load (the scripts and styles cached), with the SSR server at $SSR_PAINT_WORKERS worker(s). Measured"
    echo "from the start of the navigation to the first animation-frame callback whose DOM holds the task titles"
    echo "(\`.task-title\`): for SSR they come with the HTML, for CSR after the scripts ran and the page's"
    echo "context fetches answered; that frame is painted after the callback. First contentful paint (the"
    echo "browser's paint timing) beside it."
    echo
    echo "| | titles in a frame, median ms | first contentful paint, median ms |"
    echo "|---|---|---|"
    echo "| SSR | $(fmt "$SSR_PAINT_SSR" 1) | $(fmt "$SSR_FCP_SSR" 1) |"
    echo "| CSR | $(fmt "$SSR_PAINT_CSR" 1) | $(fmt "$SSR_FCP_CSR" 1) |"
    echo
    echo "SSR / CSR time to the titles: **$(fmt "$(calc "$SSR_PAINT_SSR / $SSR_PAINT_CSR")" 2)×**. Every load (ms): $SSR_PAINT_LOADS."
    echo
    echo "Load average when written: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores: the figures are noisy on this machine."
  } >"$out"
}
