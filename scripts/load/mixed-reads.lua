-- wrk script: the mix of warm analysis reads in src/main/resources/load/mixed-reads.paths.
local paths = {}
for line in io.lines(os.getenv("TAFEL_PATHS") or "../../src/main/resources/load/mixed-reads.paths") do
  if line:sub(1, 1) == "/" then paths[#paths + 1] = line end
end
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
