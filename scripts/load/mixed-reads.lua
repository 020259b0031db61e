-- wrk script: a mix of warm analysis reads on the demo town, as brokers and analysts send them.
local paths = {
  "/api/analysis/summary?view=collaboration&at=2026-10-31",
  "/api/analysis/centrality?view=referral&at=2026-10-31&limit=20",
  "/api/analysis/bridges?view=ecosystem&at=2026-10-31",
  "/api/analysis/missing-links?view=collaboration&method=adamic-adar&at=2026-10-31",
  "/api/analysis/communities?view=collaboration&at=2026-10-31",
  "/api/tables/table-steering/analysis?at=2026-10-31",
  "/api/graph?view=collaboration&at=2026-10-31",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d), p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read,
    summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
