#!/usr/bin/env bash
# Load run on loopback: mixed warm analysis reads against the demo for a fixed time at a fixed rate.
#   scripts/load/mixed-reads.sh [URL] [SECONDS] [CONNECTIONS]
# Needs wrk (apt-get install wrk) and a running service with the demo (bin/tafel demo).
# wrk keeps CONNECTIONS requests in flight (closed loop); the report gives the reached rate and the
# latency percentiles. Only loopback addresses are accepted.
set -euo pipefail
url="${1:-http://127.0.0.1:7070}"
seconds="${2:-60}"
connections="${3:-8}"
case "$url" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "only loopback targets: $url" >&2; exit 2 ;;
esac
cd "$(dirname "$0")"
# warm the caches once
for p in $(grep "^/" ../../src/main/resources/load/mixed-reads.paths); do curl -fsS -o /dev/null "$url$p"; done
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s mixed-reads.lua "$url"
