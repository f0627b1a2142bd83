#!/usr/bin/env bash
# One cold start for hyperfine: start the published portal on an existing store, wait for the home page to
# answer 200, then kill it (by its PID). Measured: process start to first page.
set -euo pipefail
port=$1 db=$2
publish=${PUBLISH_DIR:-$(cd "$(dirname "$0")" && pwd)/out/publish}
"$publish/EvidencePortal.Web" --contentRoot "$publish" --urls "http://127.0.0.1:$port" \
  "--ConnectionStrings:Portal=Data Source=$db" >/dev/null 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "the portal exited" >&2; exit 1; }
  sleep 0.01
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
