# Measure 4, codegen and IR export at 1,000 functions / 500 types: runs the scripts that own those
# benchmarks (bench/ir-export/run.sh, bench/codegen/run.sh) and keeps their output.

TOOLING_TIMEOUT=${TOOLING_TIMEOUT:-900}

measure_tool() {
  # measure_tool NAME: runs bench/NAME/run.sh (bounded by TOOLING_TIMEOUT seconds) with
  # BENCH_MODE=full|smoke in its environment, its output going to NAME.txt. Sets TOOL_STATUS_<NAME>
  # to ok, failed (exit code) or missing.
  local name=$1 script="$BENCH_ROOT/bench/$1/run.sh" out="$RESULTS/$1.txt" var="TOOL_STATUS_${1//-/_}"
  if [ ! -f "$script" ]; then
    bench_log "$name: bench/$name/run.sh does not exist; not measured"
    printf -v "$var" '%s' missing
    return 0
  fi
  bench_log "$name: running bench/$name/run.sh (at most ${TOOLING_TIMEOUT}s)"
  local code=0
  (cd "$BENCH_ROOT" && BENCH_MODE=$BENCH_MODE timeout "$TOOLING_TIMEOUT" bash "$script") >"$out" 2>&1 || code=$?
  if [ "$code" -eq 0 ]; then
    printf -v "$var" '%s' ok
  else
    printf -v "$var" '%s' "failed (exit $code)"
    bench_log "$name: bench/$name/run.sh failed with exit code $code; its output is in $out"
  fi
}

tool_summary() {
  # tool_summary NAME: the summary's section for one tool benchmark.
  local name=$1 var="TOOL_STATUS_${1//-/_}"
  local status=${!var:-not run}
  echo "### bench/$name/run.sh: $status"
  echo
  case $status in
    missing) echo "The script does not exist at this commit, so this figure is absent." ;;
    "not run") echo "Not run in this invocation." ;;
    *)
      echo "Its output ($name.txt), last 25 lines:"
      echo
      echo '```'
      tail -n 25 "$RESULTS/$name.txt"
      echo '```'
      ;;
  esac
  echo
}

tool_figures() {
  # tool_figures NAME: the script's headline lines (those giving a median), joined for the table.
  local file="$RESULTS/$1.txt"
  [ -f "$file" ] || return 0
  grep -i 'median' "$file" | sed 's/|/\\|/g' | paste -sd ';' - | sed 's/;/; /g'
}

tool_met() {
  # tool_met NAME: no when the script reports a missed goal, yes when it reports goals met.
  local file="$RESULTS/$1.txt" var="TOOL_STATUS_${1//-/_}"
  if [ "${!var:-}" != ok ] || [ ! -f "$file" ]; then echo "—"
  elif grep -q 'MISSED' "$file"; then echo no
  elif grep -qi 'goal met' "$file"; then echo yes
  else echo "—"
  fi
}
