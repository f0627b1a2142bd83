#!/usr/bin/env bash
# Largest Contentful Paint on a throttled phone (PRODUCT.md "Targets": LCP <= 1.5 s on a throttled mobile
# profile). The published portal on a fresh store with the real content; the OS's Chromium throttled as
# Lighthouse's mobile profile does it in the browser (562.5 ms round trip, 1.47 Mbit/s down, CPU 4x slower,
# 412 x 823 screen); each load cold (empty cache). The pages are requested once first, so they come from the
# output cache, as they would for any reader but the first after a publish.
#
#   bench/lcp.sh                 # RUNS=5 per page; LATENCY=562.5 ms a request (150: the raw round trip); CPU_SLOWDOWN=4
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18130}
RUNS=${RUNS:-5}
LATENCY=${LATENCY:-562.5}
CPU_SLOWDOWN=${CPU_SLOWDOWN:-4}
WORK=/tmp/bench-lcp

command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || die "no Chromium: run .ci/setup (or set CHROMIUM_PATH)"
export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}
publish_portal
build_tool
rm -rf "$WORK" && mkdir -p "$WORK"
start_portal lcp "$PORT" "$WORK/portal.db"
wait_ready "$PORT"
PORTAL=http://127.0.0.1:$PORT
for page in / /reviews/social-networks /topics/befriending /studies /studies/priebe-2019-volume-befriending-rct /map "/search?q=befriending"; do
  curl -s -o /dev/null -H 'Accept-Encoding: br' "$PORTAL$page"
done

{
  echo
  echo "## LCP, throttled phone ($(machine_line))"
  echo
  bench_tool lcp --base "$PORTAL" --runs "$RUNS" --latency "$LATENCY" --cpu "$CPU_SLOWDOWN"
} | tee "$OUT_DIR/lcp-summary.md"
