# Uploads: throughput (MB/s) of a file sent to the Mizan function store_upload as a multipart call
# (streamed to a temporary file by the dispatcher), against the same multipart body streamed whole
# to a temporary file by a plain Spring MVC controller (POST /plain/upload; Spring's own multipart
# parsing off, so it reads the raw body), same server; and the
# server's heap while it takes the file (jstat samples every 100 ms; the server runs with a heap
# capped at UPLOAD_HEAP, far below the file size, so a file held in memory would fail the call).

UPLOAD_HEAP=${UPLOAD_HEAP:-256m}

upload_file() {
  # upload_file MIB: a file of MIB mebibytes of random bytes under $BENCH_TMP (made once).
  local file="$BENCH_TMP/upload-$1.bin"
  [ -f "$file" ] || head -c "$(( $1 * 1024 * 1024 ))" /dev/urandom >"$file"
  echo "$file"
}

upload_heap_mib() {
  # The server's used heap now, in MiB (survivor, eden and old spaces from jstat -gc).
  "$JAVA_HOME/bin/jstat" -gc "$SERVER_PID" 2>/dev/null |
    awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'
}

upload_once() {
  # upload_once mizan|plain FILE: sends it, prints the seconds it took; fails unless the answer is
  # 200 with the file's size.
  local side=$1 file=$2 size out
  size=$(stat -c %s "$file")
  if [ "$side" = mizan ]; then
    out=$(curl -s -w ' %{http_code} %{time_total}' -H "X-CSRF-Token: $SESSION_CSRF" -H "Cookie: $SESSION_COOKIE" \
      -F function=store_upload -F "file=@$file;type=application/octet-stream" "$SERVER_URL/api/mizan/call/")
    [[ "$out" == "{\"result\":$size} 200 "* ]] || bench_fail "store_upload answered: ${out:0:300}"
  else
    out=$(curl -s -w ' %{http_code} %{time_total}' -F function=store_upload \
      -F "file=@$file;type=application/octet-stream" "$SERVER_URL/plain/upload")
    [[ "$out" == *" 200 "* ]] || bench_fail "/plain/upload answered: ${out:0:300}"
  fi
  echo "${out##* }"
}

measure_uploads() {
  # Writes uploads.md; sets UPLOAD_SUMMARY.
  local out="$RESULTS/uploads.md" sizes rounds
  if [ "$BENCH_MODE" = full ]; then sizes="100 1024" rounds=3; else sizes="10" rounds=1; fi
  SESSION_COOKIE=""
  server_launch bench-uploads "-Xmx$UPLOAD_HEAP" -jar "$BENCH_JAR" --server.port=0 --server.address=127.0.0.1 \
    --spring.main.banner-mode=off --mizan.uploads.max-file-size=2GB --mizan.uploads.max-total-size=2GB \
    --spring.servlet.multipart.enabled=false
  session_open
  local idle rows="" summary="" mib
  for mib in $sizes; do
    local file mizan_mbs=() plain_mbs=() i
    file=$(upload_file "$mib")
    bench_log "uploads: $mib MiB, $rounds round(s) per side (warm-up: one of each)"
    upload_once plain "$file" >/dev/null
    upload_once mizan "$file" >/dev/null
    "$JAVA_HOME/bin/jcmd" "$SERVER_PID" GC.run >/dev/null 2>&1 || true
    idle=$(upload_heap_mib)
    local samples="$BENCH_TMP/heap-$mib.samples" stop="$BENCH_TMP/heap-$mib.stop"
    : >"$samples"
    ( while [ ! -f "$stop" ] && kill -0 "$SERVER_PID" 2>/dev/null; do
        echo "$(upload_heap_mib)" >>"$samples"
      done ) &
    local sampler=$!
    for i in $(seq 1 "$rounds"); do
      local first=plain second=mizan t
      if [ $(( i % 2 )) -eq 0 ]; then first=mizan second=plain; fi
      for side in $first $second; do
        t=$(upload_once "$side" "$file")
        if [ "$side" = mizan ]; then mizan_mbs+=("$(calc "$mib * 1.048576 / $t")"); else plain_mbs+=("$(calc "$mib * 1.048576 / $t")"); fi
      done
    done
    touch "$stop"
    wait "$sampler" 2>/dev/null || true
    echo "$(upload_heap_mib)" >>"$samples"
    local peak m p ratio
    peak=$(grep -v '^$' "$samples" | sort -n | tail -n 1 || true)
    [ -n "$peak" ] || bench_fail "no heap sample of the upload server (jstat -gc $SERVER_PID)"
    m=$(median "${mizan_mbs[@]}") p=$(median "${plain_mbs[@]}")
    ratio=$(calc "$m / $p")
    rows="$rows| $mib MiB | $(fmt "$m" 1) | $(fmt "$p" 1) | $(fmt "$ratio" 2)× | $idle MiB | $peak MiB |"$'\n'
    summary="${summary}${summary:+; }$mib MiB: **$(fmt "$m" 0) MB/s** ($(fmt "$ratio" 2)× plain), heap peak $peak MiB"
  done
  server_stop
  UPLOAD_SUMMARY=$summary
  {
    echo "# Uploads"
    echo
    echo "A file of random bytes sent with curl (\`-F function=store_upload -F file=@…\`) to the bench app's"
    echo "\`store_upload(Upload file)\` on \`POST /api/mizan/call/\` (the dispatcher streams the file part to a"
    echo "temporary file, the function answers its size, the file is removed), against the same curl command sent to"
    echo "\`POST /plain/upload\`, a plain controller streaming the raw multipart body to a temporary file (Spring's"
    echo "multipart parsing off): the reference does the same I/O without parsing the parts."
    echo "Same server, started with \`-Xmx$UPLOAD_HEAP\`; sides alternate, $rounds round(s) each after one warm-up"
    echo "upload of each; MB/s = 10^6 bytes per second, median. The heap (survivor + eden + old, \`jstat -gc\`) is"
    echo "sampled continuously during the rounds (one \`jstat\` after the other, about one a second), after a full GC (\"before\"). A heap capped at $UPLOAD_HEAP cannot"
    echo "hold a file of 1 GiB: the call succeeding is itself the proof that the file is streamed."
    echo
    echo "| file | Mizan MB/s | plain MB/s | Mizan / plain | heap before | heap peak |"
    echo "|---|---|---|---|---|---|"
    printf '%s' "$rows"
    echo
    printf '%s\n' "$MACHINE"
  } >"$out"
  bench_log "uploads: $summary"
}
