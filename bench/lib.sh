#!/usr/bin/env bash
# Shared by the bench scripts (sourced, not run): paths, prerequisites, starting and stopping the published
# portal and nginx by PID, RSS sampling, and the machine line every result is printed with.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
# The portal measured: this checkout by default; compare.sh points it at another commit's checkout.
PORTAL_SOURCE=${PORTAL_SOURCE:-$REPO_DIR}
OUT_DIR=${BENCH_OUT:-$BENCH_DIR/out}
PUBLISH_DIR=$OUT_DIR/publish
TOOL_DIR=$OUT_DIR/tool
# The 100,000-study store (scale-data.sh makes it): a temporary file, never content.
SCALE_DB=${SCALE_DB:-/tmp/bench-scale/portal.db}
# The same data set on PostgreSQL (scale-data-pg.sh), for STORE=postgres.
PG_DIR=${PG_DIR:-/tmp/bench-scale-pg}
PG_PORT=${PG_PORT:-25433}
PG_SCALE="Host=127.0.0.1;Port=$PG_PORT;Username=portal;Database=portal_scale"
# The editor account the scripts create in their own stores (the password is only ever used on loopback).
BENCH_EMAIL=${BENCH_EMAIL:-bench-editor@example.org}
BENCH_PASSWORD=${BENCH_PASSWORD:-bench password for loopback only}
mkdir -p "$OUT_DIR"

BENCH_PIDS=()
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# Everything the scripts start is stopped by its own PID on exit, never by name.
bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap bench_cleanup EXIT

# wrk, nginx, hyperfine, wapiti and sqlite3 are Debian packages: installed when missing (as root).
need_tools() {
  local missing=() tool pkg
  for tool in "$@"; do
    case $tool in wapiti) pkg=wapiti ;; sqlite3) pkg=sqlite3 ;; *) pkg=$tool ;; esac
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}: run as root or apt-get install them"
    log "installing ${missing[*]} with apt"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The portal as it would be deployed: `dotnet publish -c Release`, precompiled to native code. PUBLISH_MODE:
#   composite (default, as the README recommends where start-up time matters): self-contained, the app and the
#             framework precompiled together (ReadyToRun composite); a few minutes to publish, ~0.3 s less to start;
#   r2r:      framework-dependent ReadyToRun (the shared runtime from the machine); about a second faster than IL;
#   il:       plain IL, compiled just in time.
# BENCH_SKIP_PUBLISH=1 reuses the last one.
publish_portal() {
  local mode=${PUBLISH_MODE:-composite} options=()
  if [ "${BENCH_SKIP_PUBLISH:-0}" = 1 ] && [ "$(cat "$PUBLISH_DIR/.publish-mode" 2>/dev/null)" = "$mode" ]; then return; fi
  case "$mode" in
    composite) options=(-r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    r2r) options=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
    il) ;;
    *) die "PUBLISH_MODE is '$mode'; use composite, r2r or il" ;;
  esac
  log "publishing the portal (Release, $mode) to $PUBLISH_DIR"
  # The ReadyToRun intermediates of one mode are wrongly reused by the next (an r2r publish after a composite
  # one copied composite stubs without their image, and the portal aborted at start), so they go too.
  rm -rf "$PUBLISH_DIR" "$PORTAL_SOURCE/src/EvidencePortal.Web/obj/Release/net10.0/linux-x64"
  dotnet publish "$PORTAL_SOURCE/src/EvidencePortal.Web" -c Release "${options[@]}" -o "$PUBLISH_DIR" -nologo -v quiet >/dev/null
  echo "$mode" >"$PUBLISH_DIR/.publish-mode"
}

build_tool() {
  if [ "${BENCH_SKIP_PUBLISH:-0}" = 1 ] && [ -f "$TOOL_DIR/EvidencePortal.Bench.dll" ]; then return; fi
  log "building bench/EvidencePortal.Bench (Release)"
  dotnet build "$BENCH_DIR/EvidencePortal.Bench" -c Release -o "$TOOL_DIR" -nologo -v quiet >/dev/null
}

bench_tool() { dotnet "$TOOL_DIR/EvidencePortal.Bench.dll" "$@"; }

port_free() { ! ss -ltn "( sport = :$1 )" | grep -q LISTEN; }

# start_portal NAME PORT DB [host settings...]: sets PORTAL_PID. Logs to $OUT_DIR/NAME.log.
start_portal() {
  local name=$1 port=$2 db=$3; shift 3
  port_free "$port" || die "port $port is in use"
  # Started directly (no subshell), so $! is the portal itself: its RSS is read and it is killed by this PID.
  "$PUBLISH_DIR/EvidencePortal.Web" --contentRoot "$PUBLISH_DIR" --urls "http://127.0.0.1:$port" \
      "--ConnectionStrings:Portal=Data Source=$db" --Security:RequireTwoFactor=false "$@" \
      >"$OUT_DIR/$name.log" 2>&1 &
  PORTAL_PID=$!
  BENCH_PIDS+=("$PORTAL_PID")
}

# wait_ready PORT [seconds]: until /health answers 200.
wait_ready() {
  local port=$1 limit=${2:-120} i
  for ((i = 0; i < limit * 20; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" 2>/dev/null)" = 200 ] && return 0
    sleep 0.05
  done
  die "the portal on port $port did not answer /health within ${limit}s"
}

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# add_editor DB [host settings...]: the bench editor account, made with the portal's own command (password on standard input).
add_editor() {
  local db=$1; shift
  printf '%s\n' "$BENCH_PASSWORD" | "$PUBLISH_DIR/EvidencePortal.Web" users add "$BENCH_EMAIL" --role editor \
    --contentRoot "$PUBLISH_DIR" "--ConnectionStrings:Portal=Data Source=$db" "$@" >/dev/null
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# PSS counts a page mapped twice in the process once. The runtime maps its JIT-compiled code twice (W^X: a
# writable and an executable view of the same memory), and RSS counts both views; PSS is nearer the physical memory.
pss_mb() { awk '/^Pss:/ { printf "%d", $2 / 1024 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

# Private memory, the target's measure: anonymous pages (heaps, stacks) plus shared-memory pages (the JIT's double
# mapping), which the process alone holds. RSS also counts clean file pages (the mapped program) the kernel can drop.
private_mb() { awk '/^RssAnon:|^RssShmem:/ { kb += $2 } END { printf "%d", kb / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# sample_rss PID FILE [pss]: one RSS figure (MB) every half second until the process ends, the private memory beside
# it in FILE.private; with "pss", the PSS in FILE.pss (only where it is reported: reading smaps walks the page tables);
# sets SAMPLER_PID.
sample_rss() {
  (while kill -0 "$1" 2>/dev/null; do
     rss_mb "$1" >>"$2"; echo >>"$2"
     private_mb "$1" >>"$2.private"; echo >>"$2.private"
     if [ "${3:-}" = pss ]; then pss_mb "$1" >>"$2.pss"; echo >>"$2.pss"; fi
     sleep 0.5
   done) &
  SAMPLER_PID=$!
  BENCH_PIDS+=("$SAMPLER_PID")
}
peak_of() { sort -n "$1" | tail -n 1; }

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
machine_line() {
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(load_avg), $(dotnet --version 2>/dev/null | sed 's/^/.NET SDK /')"
}
