#!/usr/bin/env bash
# Every measurement in one go, in the order the targets in PRODUCT.md are listed; each script also runs alone.
# Summaries land in bench/out/*-summary.md and bench/out/*.txt; see bench/README.md for what each one means.
#
#   bench/run.sh              # scale data set (if missing), latency, throughput, load, crash
#   WAPITI=1 bench/run.sh     # also the wapiti scan (about 20 minutes more)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

log "machine: $(machine_line)"
[ "$(cut -d' ' -f1 /proc/loadavg | cut -d. -f1)" -lt 2 ] || log "warning: the machine is busy (load $(load_avg)); figures will be noisy"
# Published once (PUBLISH_MODE, composite by default) and shared by every script below.
publish_portal
build_tool
export BENCH_SKIP_PUBLISH=1
[ -f "$SCALE_DB" ] || "$here/scale-data.sh"
"$here/latency.sh"
"$here/throughput.sh"
"$here/load.sh"
"$here/crash.sh"
if [ "${WAPITI:-0}" = 1 ]; then "$here/wapiti.sh"; fi
log "done: summaries in $OUT_DIR"
