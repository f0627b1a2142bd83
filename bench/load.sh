#!/usr/bin/env bash
# Load (issue 5 part 5): 60 s of wrk over the main public pages mixed, 64 connections, after a >= 15 s
# warm-up; requests/s, latency, errors, output-cache hit ratio (Age header) and the portal's private memory and RSS.
# Runs on the 100,000-study store by default (memory target: < 250 MB under load at 100k);
# STORE=real runs it on a fresh store with the real content.
#
#   bench/load.sh                 # DURATION=60 WARMUP=15 CONNECTIONS=64
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18130}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-64}
WORK=/tmp/bench-load

need_tools wrk curl sqlite3
publish_portal
rm -rf "$WORK" && mkdir -p "$WORK"
if [ "${STORE:-scale}" = scale ]; then
  [ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
  cp "$SCALE_DB" "$WORK/portal.db"
fi
start_portal load "$PORT" "$WORK/portal.db"
wait_ready "$PORT"
sleep 1
grep -q "rebuilding it in the background" "$OUT_DIR/load.log" && die "the search index was out of step with the store"

# The mix: weights by repetition. Study pages are 500 published studies drawn at random (fixed seed
# order from the store), so the output cache sees many distinct pages, as it would in life.
{
  for _ in 1 2 3; do echo /; done
  for _ in 1 2; do echo /reviews/social-networks; done
  sqlite3 "$WORK/portal.db" "SELECT '/topics/' || Slug FROM Topics WHERE Status='Published' AND DraftOfId IS NULL"
  for q in "/studies" "/studies?topic=befriending" "/studies?design=rct" "/studies?yearFrom=2010&yearTo=2015" \
           "/studies?outcome=loneliness&direction=positive" "/studies?topic=peer-support&page=2" "/studies?sort=year&order=desc"; do
    echo "$q"
  done
  sqlite3 "$WORK/portal.db" "SELECT '/studies/' || Slug FROM Studies WHERE Status='Published' AND DraftOfId IS NULL ORDER BY (Id * 7919) % 100003 LIMIT 500" \
    | awk 'NR % 25 == 0' | head -n 20
  for q in befriending "peer support" loneliness gardening "social skills" football schizophrenia "recovery college" social so; do
    echo "/search?q=$(printf '%s' "$q" | sed 's/ /+/g')"
  done
  for _ in 1 2; do echo /map; done
} >"$WORK/mix.txt"
# Interleave so neighbouring requests differ; study pages from the full list of 500 in a second file.
sqlite3 "$WORK/portal.db" "SELECT '/studies/' || Slug FROM Studies WHERE Status='Published' AND DraftOfId IS NULL ORDER BY (Id * 7919) % 100003 LIMIT 500" >"$WORK/studies.txt"
awk 'NR == FNR { s[n++] = $0; next } { print; print s[(FNR * 37) % n] }' "$WORK/studies.txt" "$WORK/mix.txt" | shuf --random-source=<(yes) >"$WORK/paths.txt"
echo "mix: $(wc -l <"$WORK/paths.txt") addresses ($(grep -c '^/studies/' "$WORK/paths.txt") study pages, $(grep -c '^/search' "$WORK/paths.txt") searches)"

{ cat "$BENCH_DIR/lua/paths.lua"; cat "$BENCH_DIR/lua/report.lua"; } >"$WORK/run.lua"
echo "machine before: $(machine_line)"
sample_rss "$PORTAL_PID" "$WORK/rss.txt" pss
log "warm-up ${WARMUP}s"
BENCH_PATHS="$WORK/paths.txt" BENCH_HEADERS="Accept-Encoding: br" \
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$WORK/run.lua" "http://127.0.0.1:$PORT" | grep -E '^(RESULT|CACHE)' | sed 's/^/warm-up /'
: >"$WORK/rss.txt"; : >"$WORK/rss.txt.pss"; : >"$WORK/rss.txt.private"
log "measured run ${DURATION}s, $CONNECTIONS connections"
BENCH_PATHS="$WORK/paths.txt" BENCH_HEADERS="Accept-Encoding: br" \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$WORK/run.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt" | grep -E '^(RESULT|CACHE)'
rss_peak=$(peak_of "$WORK/rss.txt")
rss_end=$(rss_mb "$PORTAL_PID")
pss_peak=$(peak_of "$WORK/rss.txt.pss")
pss_end=$(pss_mb "$PORTAL_PID")
private_peak=$(peak_of "$WORK/rss.txt.private")
private_end=$(private_mb "$PORTAL_PID")
errors=$(grep -c ' ERR \| FTL ' "$OUT_DIR/load.log" || true)
{
  echo
  echo "## Load ($(machine_line))"
  echo "store: ${STORE:-scale} ($(sqlite3 "$WORK/portal.db" "SELECT COUNT(*) FROM Studies WHERE Status='Published'") published studies)"
  grep -E '^(RESULT|CACHE)' "$WORK/wrk.txt"
  echo "portal private memory (RssAnon + RssShmem) during the run: peak ${private_peak} MB, at the end ${private_end} MB (target < 200 MB)"
  echo "portal RSS during the run: peak ${rss_peak} MB, at the end ${rss_end} MB; errors logged by the portal: $errors"
  echo "portal PSS (each physical page once) during the run: peak ${pss_peak} MB, at the end ${pss_end} MB"
} | tee "$OUT_DIR/load-summary.md"
