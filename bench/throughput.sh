#!/usr/bin/env bash
# Page throughput against nginx, in one run (issue 4 part 5, PRODUCT.md "Targets"):
#  1. a topic page and a study page from the output cache vs nginx serving the same bytes as a static file
#     (64 connections, alternating 10 s runs after a >= 15 s warm-up of both): ratio >= 0.8x, 0 errors;
#  2. the study page rendered from the store (cache bypassed) vs nginx at 32 connections: >= 0.2x, p99 <= 10 ms;
#     beside it, for scale, a page that reads no data (the accessibility statement), rendered the same way;
#  3. output-cache hit ratio over the whole public page set (crawled), counted from the Age header: >= 95%;
#  4. a published edit is visible on the very next request;
#  5. cold start to first page of the published app (hyperfine), on the existing store: < 1.5 s.
# The portal runs on a fresh store with the real content (STORE=scale uses the 100,000-study store; STORE=postgres a
# fresh PostgreSQL database on the bench's PostgreSQL server, started if it is not running, and no cold start).
#
#   bench/throughput.sh          # ROUNDS=4 SECONDS_EACH=10 WARMUP=60
# WARMUP is each server's warm-up in seconds, split over the two pages. 16 s was not enough for the portal: its
# ratio still rose from round to round (0.56 to 0.78) while the JIT tiered up and the GC sized its heaps.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18120}
NGINX_PORT=${NGINX_PORT:-18121}
ROUNDS=${ROUNDS:-4}
SECONDS_EACH=${SECONDS_EACH:-10}
WARMUP=${WARMUP:-60}
TOPIC=${TOPIC:-/topics/befriending}
STUDY=${STUDY:-/studies/harris-1999-befriending-chronic-depression}
WORK=/tmp/bench-throughput
RESULTS=$OUT_DIR/throughput-results.txt

need_tools wrk nginx hyperfine curl sqlite3
publish_portal
build_tool
rm -rf "$WORK" && mkdir -p "$WORK/nginx" && chmod 755 "$WORK" "$WORK/nginx"
: >"$RESULTS"
if [ "${STORE:-real}" = scale ]; then
  [ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
  cp "$SCALE_DB" "$WORK/portal.db"
fi
DB=$WORK/portal.db
STORE_ARGS=()
if [ "${STORE:-real}" = postgres ]; then
  need_tools psql
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U portal -d postgres -c "SELECT 1" >/dev/null 2>&1 \
    || "$BENCH_DIR/../.ci/postgres" start "$PG_DIR" "$PG_PORT"
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U portal -d postgres -c "DROP DATABASE IF EXISTS portal_throughput" \
    -c "CREATE DATABASE portal_throughput"
  STORE_ARGS=(--Database:Provider=Postgres
    "--ConnectionStrings:Portal=Host=127.0.0.1;Port=$PG_PORT;Username=portal;Database=portal_throughput")
fi
add_editor "$DB" "${STORE_ARGS[@]}"
start_portal throughput "$PORT" "$DB" "${STORE_ARGS[@]}"
wait_ready "$PORT"
PORTAL=http://127.0.0.1:$PORT
NGINX=http://127.0.0.1:$NGINX_PORT
echo "machine: $(machine_line)"

# --- The exact bytes the portal serves (brotli, as wrk and browsers ask), with its headers, for nginx.
for page in "$TOPIC" "$STUDY"; do
  name=$(basename "$page")
  curl -s -H 'Accept-Encoding: br' -o /dev/null "$PORTAL$page"
  curl -s -H 'Accept-Encoding: br' -D "$WORK/$name.headers" -o "$WORK/nginx/$name.br" "$PORTAL$page"
  grep -qi '^age:' "$WORK/$name.headers" || die "$page was not served from the output cache"
done
headers_for() {
  grep -iE '^(content-type|content-encoding|vary|content-security-policy|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy):' "$1" \
    | tr -d '\r' | grep -vi '^content-type' | sed -E 's/^([^:]+): (.*)$/      add_header \1 "\2" always;/'
}
{
  cat <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  # As a static server is deployed: sendfile, keep-alive, buffered access log (the portal logs each request too).
  access_log $WORK/nginx-access.log combined buffer=64k flush=1s;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 1000000; keepalive_timeout 75s;
  server_tokens off; etag off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
CONF
  for page in "$TOPIC" "$STUDY"; do
    name=$(basename "$page")
    echo "    location = $page {"
    echo "      types { } default_type \"text/html; charset=utf-8\";"
    echo "      alias $WORK/nginx/$name.br;"
    headers_for "$WORK/$name.headers"
    echo "    }"
  done
  echo "  }"
  echo "}"
} >"$WORK/nginx.conf"
port_free "$NGINX_PORT" || die "port $NGINX_PORT is in use"
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
BENCH_PIDS+=("$NGINX_PID")
sleep 0.5
for page in "$TOPIC" "$STUDY"; do
  name=$(basename "$page")
  a=$(curl -s -H 'Accept-Encoding: br' "$PORTAL$page" | sha256sum | cut -c1-16)
  b=$(curl -s -H 'Accept-Encoding: br' "$NGINX$page" | sha256sum | cut -c1-16)
  [ "$a" = "$b" ] || die "nginx does not serve the portal's bytes for $page"
  echo "$page: $(stat -c %s "$WORK/nginx/$name.br") bytes (br), identical from both servers"
done

cat "$BENCH_DIR/lua/report.lua" >"$WORK/report.lua"
# wrk_run LABEL URL CONNECTIONS SECONDS [wrk options]: one run, its RESULT line kept with its label.
wrk_run() {
  local label=$1 url=$2 conns=$3 secs=$4; shift 4
  local line
  line=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -H 'Accept-Encoding: br' "$@" -s "$WORK/report.lua" "$url" | grep '^RESULT')
  echo "$label ${line#RESULT }" | tee -a "$RESULTS"
}
# summarise PREFIX_A PREFIX_B: mean requests/s of each label, the ratio A/B, worst p99 and total errors.
summarise() {
  awk -v a="$1" -v b="$2" '
    function val(k,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) return kv[2] } }
    $1 == a || $1 == b { n[$1]++; rps[$1] += val("rps"); p50[$1] += val("p50_ms"); if (val("p99_ms") > p99[$1]) p99[$1] = val("p99_ms"); err[$1] += val("errors") }
    END {
      printf "| %-28s | %9.0f | %7.2f | %7.2f | %6d |\n", a, rps[a] / n[a], p50[a] / n[a], p99[a], err[a]
      printf "| %-28s | %9.0f | %7.2f | %7.2f | %6d |\n", b, rps[b] / n[b], p50[b] / n[b], p99[b], err[b]
      printf "ratio %s / %s = %.2f\n", a, b, (rps[a] / n[a]) / (rps[b] / n[b])
    }' "$RESULTS"
}

sample_rss "$PORTAL_PID" "$WORK/rss.txt"
# --- 1. Cached pages vs nginx, 64 connections.
log "warm-up: ${WARMUP}s of each server"
for url in "$PORTAL$TOPIC" "$PORTAL$STUDY" "$NGINX$TOPIC" "$NGINX$STUDY"; do
  wrk -t2 -c64 -d"$((WARMUP / 2))s" -H 'Accept-Encoding: br' "$url" >/dev/null
done
log "alternating runs: $ROUNDS x ${SECONDS_EACH}s per page and server, 64 connections"
for ((r = 1; r <= ROUNDS; r++)); do
  for page in "$TOPIC" "$STUDY"; do
    name=$(basename "$page")
    wrk_run "portal-cached:$name" "$PORTAL$page" 64 "$SECONDS_EACH"
    wrk_run "nginx:$name" "$NGINX$page" 64 "$SECONDS_EACH"
  done
done

# --- 2. The study page rendered from the store every time (the Authorization header keeps the output
# cache's default policy from looking up or storing it), vs nginx, 32 connections.
log "uncached study page vs nginx, 32 connections"
study=$(basename "$STUDY")
curl -s -o /dev/null -D "$WORK/uncached.headers" -H 'Authorization: Bench no-cache' "$PORTAL$STUDY"
grep -qi '^age:' "$WORK/uncached.headers" && die "the Authorization header did not bypass the output cache"
wrk -t2 -c32 -d"$((WARMUP / 2))s" -H 'Accept-Encoding: br' -H 'Authorization: Bench no-cache' "$PORTAL$STUDY" >/dev/null
# For scale, the same way: the accessibility statement, a page of the layout and fixed text that reads no data (the floor
# every rendered page stands on: Kestrel, the middleware, Razor Pages, the layout and compression).
FLOOR=/about/accessibility
wrk -t2 -c32 -d5s -H 'Accept-Encoding: br' -H 'Authorization: Bench no-cache' "$PORTAL$FLOOR" >/dev/null
for ((r = 1; r <= ROUNDS; r++)); do
  wrk_run "portal-uncached:$study" "$PORTAL$STUDY" 32 "$SECONDS_EACH" -H 'Authorization: Bench no-cache'
  wrk_run "nginx-32:$study" "$NGINX$STUDY" 32 "$SECONDS_EACH"
  wrk_run "portal-no-data:$(basename "$FLOOR")" "$PORTAL$FLOOR" 32 "$SECONDS_EACH" -H 'Authorization: Bench no-cache'
done
rss_peak=$(peak_of "$WORK/rss.txt")

# --- 3. Hit ratio over the public page set: crawl, prime each page once, then a mixed run counting Age.
bench_tool crawl --base "$PORTAL" --max "${CRAWL_MAX:-400}" --out "$WORK/pages.txt"
never=0
while read -r path; do curl -s -o /dev/null -H 'Accept-Encoding: br' "$PORTAL$path"; done <"$WORK/pages.txt"
while read -r path; do
  if ! curl -s -o /dev/null -D - -H 'Accept-Encoding: br' "$PORTAL$path" | grep -qi '^age:'; then
    echo "  not served from the cache on a second request: $path"; never=$((never + 1))
  fi
done <"$WORK/pages.txt"
{ cat "$BENCH_DIR/lua/paths.lua"; cat "$BENCH_DIR/lua/report.lua"; } >"$WORK/paths-run.lua"
hit_line=$(BENCH_PATHS="$WORK/pages.txt" BENCH_HEADERS="Accept-Encoding: br" \
  wrk -t2 -c64 -d20s --latency -s "$WORK/paths-run.lua" "$PORTAL" | grep -E '^(RESULT|CACHE)' | tr '\n' ' ')
echo "hit-ratio-run $hit_line" | tee -a "$RESULTS"

# --- 4. A published edit on the very next request.
bench_tool edit-visible --base "$PORTAL" --email "$BENCH_EMAIL" --password "$BENCH_PASSWORD" --times 3 | tee "$WORK/edit-visible.txt"
stop_pid "$PORTAL_PID"

# --- 5. Cold start of the published app to its first page, on this (now existing) store.
export PUBLISH_DIR
if [ "${STORE:-real}" = postgres ]; then
  echo "(not measured on PostgreSQL: cold-start-once.sh opens a SQLite file)" >"$WORK/coldstart.txt"
else
  hyperfine --style basic --warmup 1 --runs "${COLD_RUNS:-10}" --export-json "$WORK/coldstart.json" \
    "$BENCH_DIR/cold-start-once.sh $PORT $DB" | grep -E 'Time|Range' | tee "$WORK/coldstart.txt"
fi

{
  echo
  echo "## Throughput ($(machine_line))"
  echo
  echo "| run (mean of $ROUNDS x ${SECONDS_EACH}s)      | req/s     | p50 ms  | p99 ms  | errors |"
  echo "|------------------------------|-----------|---------|---------|--------|"
  summarise "portal-cached:$(basename "$TOPIC")" "nginx:$(basename "$TOPIC")"
  summarise "portal-cached:$study" "nginx:$study"
  summarise "portal-uncached:$study" "nginx-32:$study"
  summarise "portal-no-data:$(basename "$FLOOR")" "nginx-32:$study" | grep -v "^| nginx"
  echo
  echo "portal RSS peak during the runs above: ${rss_peak} MB"
  echo "pages crawled: $(wc -l <"$WORK/pages.txt"); not cached on a second request: $never"
  echo "$hit_line"
  grep '^edit-visible' "$WORK/edit-visible.txt"
  echo "cold start to first page ($(cat "$PUBLISH_DIR/.publish-mode" 2>/dev/null || echo unknown) publish, hyperfine, $DB):"; cat "$WORK/coldstart.txt"
} | tee "$OUT_DIR/throughput-summary.md"
