# Benchmark suite, smoke variant: bench/run --smoke drives every measure for about a second each
# (the bench app in both security modes, the tool benchmarks, the task board's memory) so that the
# suite keeps working; it fails on any error answer but judges no goal. Uses the jars that
# 10-java.sh built (built here when missing). Figures go to bench/results/smoke/ (gitignored).
set -euo pipefail
if ! command -v wrk >/dev/null 2>&1; then
  echo "error: the benchmark smoke run needs wrk (apt-get install -y wrk)" >&2
  exit 1
fi
bench/run --smoke
