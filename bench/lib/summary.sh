# Sourced by bench/run at the end: the summary of every measure that ran, as Markdown.

goal_row() {
  # goal_row MEASURE RESULT GOAL MET
  echo "| $1 | $2 | $3 | $4 |"
}

write_summary() {
  echo "# Mizan benchmark results ($BENCH_MODE run)"
  echo
  echo "Written by \`bench/run$([ "$BENCH_MODE" = smoke ] && echo ' --smoke')\`: $ROUNDS round(s) of ${DURATION}s per side after a ${WARMUP}s warm-up,"
  echo "sides alternating, medians reported; wrk -t$WRK_THREADS -c$CONNECTIONS on 127.0.0.1. The load generator and the"
  echo "server share this machine's cores, so absolute rates are lower than on a dedicated server;"
  echo "each ratio compares two sides measured in turn under the same conditions."
  [ "$BENCH_MODE" = smoke ] && echo "Smoke figures are too short to judge goals by; they show that the suite still runs."
  echo
  echo "## Machine"
  echo
  printf '%s\n' "$MACHINE"
  echo
  echo "## Goals"
  echo
  echo "| measure | result | goal | met |"
  echo "|---|---|---|---|"
  if wants call; then
    goal_row "Call overhead, no Spring Security (call-overhead-plain.md)" \
      "Mizan / plain controller = **$(fmt "$CALL_RATIO_plain" 3)×** ($CALL_DETAIL_plain)" "≥ 0.95×" "$(at_least "$CALL_RATIO_plain" 0.95)"
    goal_row "Call overhead, Spring Security on (call-overhead-secured.md)" \
      "Mizan / plain controller = **$(fmt "$CALL_RATIO_secured" 3)×** ($CALL_DETAIL_secured)" "≥ 0.95×" "$(at_least "$CALL_RATIO_secured" 0.95)"
  fi
  if wants bundling; then
    goal_row "Bundling, 5 trivial members (bundling.md)" \
      "**$(fmt "$BUNDLE_RATIO" 2)×** the results/s of separate calls; a bundle request runs at $(fmt "$BUNDLE_REQ_RATIO" 3)× a single call's rate" \
      "≥ 3×" "$(at_least "$BUNDLE_RATIO" 3)"
  fi
  if wants parallelism; then
    local met=no
    [ "$(below "$PARALLEL_P50_1" 70)" = yes ] && [ "$(below "$PARALLEL_P50_N" 70)" = yes ] && met=yes
    goal_row "Parallelism, 5 members × 50 ms (parallelism.md)" \
      "p50 **$(fmt "$PARALLEL_P50_1" 1) ms** alone, **$(fmt "$PARALLEL_P50_N" 1) ms** at $PARALLEL_LOADED connections (one 50 ms call: $(fmt "$PARALLEL_SINGLE" 1) ms)" \
      "p50 < 70 ms" "$met"
  fi
  if wants tooling; then
    goal_row "IR export, 1,000 functions / 500 types (ir-export.txt)" \
      "bench/ir-export/run.sh: ${TOOL_STATUS_ir_export}. $(tool_figures ir-export)" "the script's own (in its output)" "$(tool_met ir-export)"
    goal_row "Codegen, 1,000 functions / 500 types (codegen.txt)" \
      "bench/codegen/run.sh: ${TOOL_STATUS_codegen}. $(tool_figures codegen)" "the script's own (in its output)" "$(tool_met codegen)"
  fi
  if wants jwt; then
    goal_row "JWT auth, bearer against session on /call/ (jwt.md)" \
      "bearer / session = **$(fmt "$JWT_RATIO" 3)×**; token verification **$(fmt "$JWT_COST_US" 1) µs** of server CPU per request" \
      "reported" "—"
  fi
  if wants shapes; then
    goal_row "Shapes, a 1,000-row card list: shape / entities / hand-written JPQL DTO (shapes.txt)" \
      "bench/shapes/run.sh: ${TOOL_STATUS_shapes:-not run}. $(tool_figures shapes)" \
      "reported" "—"
  fi
  if wants forms; then
    goal_row "Forms, a form's server validate against the echo call (forms.md)" \
      "validate p50 **$(fmt "$FORMS_P50_MS" 3) ms**; validate / echo p50 = **$(fmt "$FORMS_RATIO" 3)×**" \
      "reported" "—"
  fi
  if wants edge; then
    goal_row "Edge, a hit at @mizan/edge against the same read at the origin (edge.md)" \
      "hit / origin = **$(fmt "$EDGE_RATIO" 2)×** ($(fmt "$EDGE_HIT_RPS") vs $(fmt "$EDGE_ORIGIN_RPS") req/s; p50 $(fmt "$EDGE_HIT_P50" 3) vs $(fmt "$EDGE_ORIGIN_P50" 3) ms); a miss adds $(fmt "$EDGE_MISS_ADDED_MS" 3) ms p50" \
      "reported" "—"
  fi
  if wants cache; then
    goal_row "Origin cache, cached / uncached bundle for a 5 ms member (cache.md)" \
      "memory store **$(fmt "$CACHE_RATIO_memory" 2)×**, Redis (near cache) **$(fmt "$CACHE_RATIO_redis" 2)×**, Redis alone **$(fmt "$CACHE_RATIO_redis_direct" 2)×**" \
      "≥ 5×" "$(at_least "$CACHE_RATIO_memory" 5) / $(at_least "$CACHE_RATIO_redis" 5)"
    goal_row "Cache key derivation and memory store size (cache-keys.txt)" \
      "bench/cache-keys/run.sh: ${TOOL_STATUS_cache_keys:-not run}. $(tool_figures cache-keys) $(grep -h '^memory store' "$RESULTS/cache-keys.txt" 2>/dev/null)" \
      "reported" "—"
  fi
  if wants live; then
    goal_row "Live push latency, mutation to another client (live.md)" \
      "p50 **$(fmt "$LIVE_P50_ONE" 2) ms** one instance ($(fmt "$(calc "$LIVE_P50_ONE / $LIVE_CALL_ONE")" 2)× the mutation's round trip), **$(fmt "$LIVE_P50_REDIS" 2) ms** across two via Redis; more sockets in live.md" \
      "reported" "—"
    goal_row "Live memory per idle socket and calls over the socket (live.md)" \
      "**$(fmt "$LIVE_HEAP_PER_SOCKET") bytes** of heap per subscribed socket; socket / HTTP calls/s **$(fmt "$LIVE_CALLS_RATIO" 2)×**" \
      "reported" "—"
  fi
  if wants memory; then
    goal_row "Server memory, task board example (memory.md)" \
      "VmRSS **$MEM_IDLE_MIB MiB** idle, **$MEM_LOAD_MIB MiB** under load" "reported" "—"
  fi
  if wants vertx; then
    goal_row "Vert.x adapter: call overhead against a raw Vert.x-web handler (vertx-call.md)" \
      "Mizan / raw handler = **$(fmt "$VERTX_CALL_RATIO" 3)×** ($VERTX_CALL_DETAIL)" "≥ 0.8×" "$(at_least "$VERTX_CALL_RATIO" 0.8)"
    if [ -n "${VERTX_SPRING_RATIO:-}" ]; then
      goal_row "Vert.x adapter against the Spring starter, Mizan echo (vertx-vs-spring.md)" \
        "Vert.x / Spring = **$(fmt "$VERTX_SPRING_RATIO" 3)×** ($VERTX_SPRING_DETAIL)" "≥ 1.4×" "$(at_least "$VERTX_SPRING_RATIO" 1.4)"
    fi
    goal_row "Bundling on Vert.x, 5 trivial members (bundling-vertx.md)" \
      "**$(fmt "$BUNDLE_RATIO_vertx" 2)×** the results/s of separate calls; a bundle request runs at $(fmt "$BUNDLE_REQ_RATIO_vertx" 3)× a single call's rate" \
      "reported" "—"
    if [ -n "${FIXTURE_SPRING_MS:-}" ]; then
      goal_row "Fixture apps: startup and idle memory (fixture-apps.md)" \
        "Spring **$FIXTURE_SPRING_MS ms**, **$FIXTURE_SPRING_MIB MiB**; Vert.x **$FIXTURE_VERTX_MS ms**, **$FIXTURE_VERTX_MIB MiB**" "reported" "—"
    fi
  fi
  if wants ssr; then
    local ssr_ratios="" w
    for w in 1 2; do
      if [ -n "$(eval echo "\${SSR_RATIO_$w:-}")" ]; then
        ssr_ratios+="${ssr_ratios:+; }$w worker(s) **$(fmt "$(eval echo "\$SSR_RATIO_$w")" 3)×** ($(fmt "$(eval echo "\$SSR_RPS_$w")") req/s, p50 $(fmt "$(eval echo "\$SSR_P50_$w")" 2) ms, p99 $(fmt "$(eval echo "\$SSR_P99_$w")" 2) ms)"
      fi
    done
    goal_row "SSR, the task board's project page against its CSR shell (ssr.md)" \
      "SSR / CSR req/s: $ssr_ratios; TTFB $(fmt "$SSR_TTFB_SSR" 1) vs $(fmt "$SSR_TTFB_CSR" 1) ms; worker VmRSS $SSR_WORKER_MIB MiB; task titles in the DOM at $(fmt "$SSR_PAINT_SSR" 0) vs $(fmt "$SSR_PAINT_CSR" 0) ms in Chromium (SSR vs CSR)" \
      "reported" "—"
  fi
  if wants uploads; then
    goal_row "Uploads: throughput and heap (uploads.md)" "$UPLOAD_SUMMARY" "heap flat (peak ≪ file)" "—"
  fi
  echo
  if wants tooling; then
    echo "## Codegen and IR export"
    echo
    tool_summary ir-export
    tool_summary codegen
  fi
  if [ "$BENCH_MODE" = full ] && [ -f "$RESULTS/findings.md" ]; then
    echo "## Findings"
    echo
    echo "Profiles, causes and fixes, with before/after figures: findings.md (kept by hand; not"
    echo "rewritten by bench/run)."
  fi
}
