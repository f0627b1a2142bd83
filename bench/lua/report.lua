-- Appended to every wrk script the bench runs: one machine-readable line at the end of a run.
-- wrk reports latency in microseconds; errors are socket errors plus answers other than 2xx/3xx.
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d status_errors=%d socket_errors=%d bytes=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, e.status, e.connect + e.read + e.write + e.timeout, summary.bytes))
  if report_extra then report_extra() end
end
