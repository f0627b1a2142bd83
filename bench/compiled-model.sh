#!/usr/bin/env bash
# Does the EF Core compiled model earn its keep? Cold start to first page of this checkout published twice, as
# shipped and with Data/CompiledModel/ removed (EF then builds the model at start-up), timed alternately by one
# hyperfine run on the same real-content store. The compiled model stays only if the cold-start target needs it.
#
#   bench/compiled-model.sh        # COLD_RUNS=10
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18130}
WORK=/tmp/bench-compiled-model
need_tools hyperfine curl
rm -rf "$WORK" && mkdir -p "$WORK"
without_source=$WORK/source
git -C "$REPO_DIR" worktree remove --force "$without_source" 2>/dev/null || true
git -C "$REPO_DIR" worktree add --detach "$without_source" HEAD >/dev/null
trap 'bench_cleanup; git -C "$REPO_DIR" worktree remove --force "$without_source" 2>/dev/null || true' EXIT
rm -rf "$without_source/src/EvidencePortal.Web/Data/CompiledModel"

(export BENCH_OUT=$WORK/with; source "$BENCH_DIR/lib.sh"; publish_portal)
(export BENCH_OUT=$WORK/without PORTAL_SOURCE=$without_source; source "$BENCH_DIR/lib.sh"; publish_portal)

# One store for both, made by a first start (content import) of the shipped build.
DB=$WORK/portal.db
PUBLISH_DIR=$WORK/with/publish start_portal compiled-model "$PORT" "$DB"
wait_ready "$PORT"
stop_pid "$PORTAL_PID"

hyperfine --style basic --warmup 1 --runs "${COLD_RUNS:-10}" --export-json "$WORK/coldstart.json" \
  -n "with compiled model" "PUBLISH_DIR=$WORK/with/publish $BENCH_DIR/cold-start-once.sh $PORT $DB" \
  -n "without compiled model" "PUBLISH_DIR=$WORK/without/publish $BENCH_DIR/cold-start-once.sh $PORT $DB" \
  | grep -vE '^\s*$' | tee "$WORK/coldstart.txt"
{
  echo
  echo "## Compiled model and cold start ($(machine_line))"
  echo
  cat "$WORK/coldstart.txt"
} | tee "$OUT_DIR/compiled-model-summary.md"
