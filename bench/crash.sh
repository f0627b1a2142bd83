#!/usr/bin/env bash
# Crash harness (issue 5 part 4). The published portal on a fresh store with an editor account; then, ITERATIONS
# times: an editor streams saves of a topic (and publishes every few) through the real edit form while a
# reader fetches public pages; the portal is killed with `kill -9` at a random moment; `PRAGMA integrity_check`
# must print ok; the portal restarts and every edit it acknowledged, in this and earlier iterations, must be in
# the store (crash-verify). Reads and writes must not fail while the portal is up.
#
#   bench/crash.sh                  # ITERATIONS=20, kill after 1-6 s (MIN_MS, MAX_MS)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18140}
ITERATIONS=${ITERATIONS:-20}
MIN_MS=${MIN_MS:-1000}
MAX_MS=${MAX_MS:-6000}
WORK=/tmp/bench-crash

need_tools sqlite3 curl
publish_portal
build_tool
rm -rf "$WORK" && mkdir -p "$WORK"
DB=$WORK/portal.db
LOG=$WORK/edits.log
add_editor "$DB"
: >"$LOG"
echo "machine: $(machine_line)"

failed=0; lost_total=0; saves=0; publishes=0; reads=0; read_failures=0; write_failures=0
start_portal crash "$PORT" "$DB"
wait_ready "$PORT"
for ((i = 1; i <= ITERATIONS; i++)); do
  rm -f "$WORK/killed-at" "$WORK/ready"
  bench_tool crash-stream --base "http://127.0.0.1:$PORT" --email "$BENCH_EMAIL" --password "$BENCH_PASSWORD" \
    --log "$LOG" --kill-marker "$WORK/killed-at" --ready-file "$WORK/ready" --run "$i" >"$WORK/stream-$i.txt" 2>&1 &
  stream=$!
  BENCH_PIDS+=("$stream")
  # The random moment is counted from when the editor is signed in and about to save.
  until [ -f "$WORK/ready" ]; do
    kill -0 "$stream" 2>/dev/null || { cat "$WORK/stream-$i.txt"; die "the stream stopped before it was ready"; }
    sleep 0.05
  done
  sleep "$(awk -v a="$MIN_MS" -v b="$MAX_MS" -v s="$RANDOM" 'BEGIN { srand(s); printf "%.3f", (a + rand() * (b - a)) / 1000 }')"
  date +%s.%N >"$WORK/killed-at"
  kill -9 "$PORTAL_PID"
  wait "$PORTAL_PID" 2>/dev/null || true
  wait "$stream" || { echo "iteration $i: the stream failed:"; cat "$WORK/stream-$i.txt"; failed=$((failed + 1)); }
  integrity=$(sqlite3 "$DB" 'PRAGMA integrity_check')
  start_portal crash "$PORT" "$DB"
  wait_ready "$PORT"
  verify=$(bench_tool crash-verify --db "$DB" --log "$LOG" 2>&1) || failed=$((failed + 1))
  stream_line=$(grep '^stream ' "$WORK/stream-$i.txt" || echo "stream (no summary)")
  [ "$integrity" = ok ] || failed=$((failed + 1))
  echo "iteration $i: integrity_check=$integrity | $stream_line | $verify"
  kv() { echo "$stream_line" | grep -o "$1=[0-9]*" | cut -d= -f2 || echo 0; }
  saves=$((saves + $(kv saves_acked))); publishes=$((publishes + $(kv publishes_acked))); reads=$((reads + $(kv reads_ok)))
  read_failures=$((read_failures + $(kv reads_failed_while_up))); write_failures=$((write_failures + $(kv writes_failed_while_up)))
  lost_total=$(echo "$verify" | grep -o 'lost=[0-9]*' | cut -d= -f2 || echo "?")
done
stop_pid "$PORTAL_PID"
verdict=$([ "$failed" -eq 0 ] && [ "$read_failures" -eq 0 ] && [ "$write_failures" -eq 0 ] && [ "$lost_total" = 0 ] && echo PASS || echo FAIL)
echo "crash summary: iterations=$ITERATIONS acknowledged_saves=$saves acknowledged_publishes=$publishes lost=$lost_total" \
  "reads_served=$reads reads_failed_while_up=$read_failures writes_failed_while_up=$write_failures failed_checks=$failed $verdict" \
  | tee "$OUT_DIR/crash-summary.txt"
[ "$verdict" = PASS ]
