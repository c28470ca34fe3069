-- One request shape for wrk, taken from the environment: BENCH_METHOD (GET or POST, default GET)
-- and BENCH_BODY (a JSON body, sent with Content-Type: application/json). Headers such as the
-- session cookie and the CSRF token come on wrk's command line (-H).
-- At the end it prints one machine-readable line that bench/lib/wrk.sh parses.

wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d bad_status=%d socket_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
