#!/usr/bin/env bash
# Makes the scale data set: a temporary SQLite store with the real content plus 100,000 generated studies
# (1-4 findings each over the real interventions and outcomes, fixed seed), then lets the portal build its
# search index and reports how long each step took.
#
#   bench/scale-data.sh                 # -> /tmp/bench-scale/portal.db (SCALE_DB to change it)
#   STUDIES=20000 SEED=7 bench/scale-data.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
STUDIES=${STUDIES:-100000}
SEED=${SEED:-20261126}
PORT=${PORT:-18100}

need_tools sqlite3 curl
publish_portal
build_tool
mkdir -p "$(dirname "$SCALE_DB")"
rm -f "$SCALE_DB" "$SCALE_DB-wal" "$SCALE_DB-shm"
echo "machine: $(machine_line)"

# 1. The portal's own migrations and content import make the schema and the real records.
start=$(date +%s%N)
start_portal scale-migrate "$PORT" "$SCALE_DB" --Content:ImportOnEmptyStore=true
wait_ready "$PORT"
stop_pid "$PORTAL_PID"
echo "migrate+import: $(( ($(date +%s%N) - start) / 1000000 )) ms (start-up included)"

# 2. The generated studies, by raw SQL in one transaction.
bench_tool seed --db "$SCALE_DB" --studies "$STUDIES" --seed "$SEED"

# 3. The portal sees its index out of step with the store and rebuilds it in the background; wait for it.
start=$(date +%s%N)
start_portal scale-index "$PORT" "$SCALE_DB"
wait_ready "$PORT"
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
until grep -q "Built the search index" "$OUT_DIR/scale-index.log"; do
  kill -0 "$PORTAL_PID" 2>/dev/null || die "the portal stopped while indexing (see $OUT_DIR/scale-index.log)"
  grep -q "Rebuilding the search index failed" "$OUT_DIR/scale-index.log" && die "indexing failed (see $OUT_DIR/scale-index.log)"
  sleep 0.5
done
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
stop_pid "$PORTAL_PID"
logged=$(grep -o "Built the search index in [0-9]* ms" "$OUT_DIR/scale-index.log" | grep -o '[0-9]*')
echo "portal answering after: ${ready_ms} ms (the index builds in the background)"
echo "search index built: ${logged} ms as the portal logged it, ${wall_ms} ms from process start"

counts=$(sqlite3 "$SCALE_DB" "SELECT (SELECT COUNT(*) FROM Studies WHERE Status='Published'), (SELECT COUNT(*) FROM Findings), (SELECT COUNT(*) FROM search_studies);")
echo "store: studies|findings|indexed = $counts; $(du -h "$SCALE_DB" | cut -f1) on disk"
[ "$(sqlite3 "$SCALE_DB" 'PRAGMA integrity_check')" = ok ] || die "integrity_check is not ok"
echo "scale store ready: $SCALE_DB"
