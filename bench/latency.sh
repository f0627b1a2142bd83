#!/usr/bin/env bash
# Search and filtered-list latency (p50/p95/max) at 100,000 studies, output cache bypassed, after a
# warm-up of at least 15 s. Makes the scale store first if it is missing (scale-data.sh).
#
#   bench/latency.sh                      # ROUNDS=20 WARMUP=15
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18110}
ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-15}

need_tools curl
[ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
publish_portal
build_tool

start_portal latency "$PORT" "$SCALE_DB"
wait_ready "$PORT"
sleep 1
grep -q "rebuilding it in the background" "$OUT_DIR/latency.log" && die "the search index was out of step with the store; run scale-data.sh again"
sample_rss "$PORTAL_PID" "$OUT_DIR/latency-rss.txt"
echo "machine before: $(machine_line)"
bench_tool latency --base "http://127.0.0.1:$PORT" --warmup "$WARMUP" --rounds "$ROUNDS" --out "$OUT_DIR/latency.tsv" | tee "$OUT_DIR/latency.txt"
echo "machine after: load average $(load_avg); portal RSS peak $(peak_of "$OUT_DIR/latency-rss.txt") MB"
