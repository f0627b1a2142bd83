#!/usr/bin/env bash
# Before and after in one run: the portal at another commit (REF) and this checkout, each published the same way,
# measured by this checkout's scripts one after the other, script by script, so both meet the same machine state.
# Summaries in bench/out/compare/{before,after}/ and the side-by-side lines in bench/out/compare/summary.md.
#
#   bench/compare.sh 44aa1a7                        # latency, throughput, load (about 30 minutes on 2 cores)
#   SCRIPTS="load lcp" bench/compare.sh 44aa1a7      # any of: latency throughput load lcp
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
ref=${1:?give the commit to compare with, e.g. bench/compare.sh 44aa1a7}
scripts=${SCRIPTS:-latency throughput load}
root=$OUT_DIR/compare
before_source=/tmp/bench-compare-source
rm -rf "$root" "$before_source" && mkdir -p "$root"
git -C "$REPO_DIR" worktree remove --force "$before_source" 2>/dev/null || true
git -C "$REPO_DIR" worktree add --detach "$before_source" "$ref" >/dev/null
trap 'bench_cleanup; git -C "$REPO_DIR" worktree remove --force "$before_source" 2>/dev/null || true' EXIT

log "machine: $(machine_line); before = $ref ($(git -C "$before_source" log -1 --format=%s | cut -c1-60)), after = this checkout"
[ -f "$SCALE_DB" ] || "$here/scale-data.sh"
for side in before after; do
  source_dir=$([ "$side" = before ] && echo "$before_source" || echo "$REPO_DIR")
  (export BENCH_OUT=$root/$side PORTAL_SOURCE=$source_dir; source "$here/lib.sh"; publish_portal; build_tool)
done
for script in $scripts; do
  for side in before after; do
    log "$script: $side"
    BENCH_OUT=$root/$side BENCH_SKIP_PUBLISH=1 "$here/$script.sh" >"$root/$side-$script.txt" 2>&1 || log "$script ($side) failed: see $root/$side-$script.txt"
  done
done
{
  echo "# Before ($ref) and after ($(git -C "$REPO_DIR" rev-parse --short HEAD)), $(machine_line)"
  for side in before after; do
    echo; echo "## $side"
    cat "$root/$side"/*-summary.md 2>/dev/null || true
  done
} | tee "$root/summary.md"
