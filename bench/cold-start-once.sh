#!/usr/bin/env bash
# One cold start for hyperfine: start the published portal on an existing store, wait until it listens, ask for
# the home page once (it must answer 200), then kill it (by its PID). Measured: process start to first page.
# The wait forks nothing (bash's /dev/tcp and a read timeout on a private pipe): polling with curl every 10 ms
# started ~150 processes per start and took a third of this 2-core machine's CPU from the portal (0.5 s).
set -euo pipefail
port=$1 db=$2
publish=${PUBLISH_DIR:-$(cd "$(dirname "$0")" && pwd)/out/publish}
pipe=$(mktemp -u) && mkfifo "$pipe" && exec 4<>"$pipe" && rm -f "$pipe"
"$publish/EvidencePortal.Web" --contentRoot "$publish" --urls "http://127.0.0.1:$port" \
  "--ConnectionStrings:Portal=Data Source=$db" >/dev/null 2>&1 &
pid=$!
until { : 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the portal exited" >&2; exit 1; }
  read -r -t 0.005 -u 4 || true
done
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
[ "$code" = 200 ] || { echo "the first page answered $code" >&2; exit 1; }
