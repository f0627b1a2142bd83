#!/usr/bin/env bash
# Search and filtered-list latency (p50/p95/max) at 100,000 studies, output cache bypassed, after a
# warm-up of at least 15 s. Makes the scale store first if it is missing (scale-data.sh).
#
#   bench/latency.sh                      # ROUNDS=20 WARMUP=15
#   STORE=postgres bench/latency.sh       # the same data set on PostgreSQL (scale-data-pg.sh makes it)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18110}
ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-15}

need_tools curl
[ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
publish_portal
build_tool

STORE_ARGS=()
if [ "${STORE:-sqlite}" = postgres ]; then
  need_tools psql
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal_scale -c "SELECT 1" >/dev/null 2>&1 \
    || die "no scale store on PostgreSQL at port $PG_PORT: run bench/scale-data-pg.sh"
  STORE_ARGS=(--Database:Provider=Postgres "--ConnectionStrings:Portal=$PG_SCALE")
fi
echo "store: ${STORE:-sqlite}"
start_portal latency "$PORT" "$SCALE_DB" "${STORE_ARGS[@]}"
wait_ready "$PORT" 600
sleep 1
grep -q "rebuilding it in the background" "$OUT_DIR/latency.log" && die "the search index was out of step with the store; run scale-data.sh again"
grep -q "Rebuilt the evidence summary" "$OUT_DIR/latency.log" && log "the evidence summary was rebuilt at start-up: the store was written from outside"
sample_rss "$PORTAL_PID" "$OUT_DIR/latency-rss.txt"
echo "machine before: $(machine_line)"
bench_tool latency --base "http://127.0.0.1:$PORT" --warmup "$WARMUP" --rounds "$ROUNDS" --out "$OUT_DIR/latency.tsv" | tee "$OUT_DIR/latency.txt"
echo "machine after: load average $(load_avg); portal RSS peak $(peak_of "$OUT_DIR/latency-rss.txt") MB"
