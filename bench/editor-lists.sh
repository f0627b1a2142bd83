#!/usr/bin/env bash
# Editor list pages on the 100,000-study store, signed in as an editor: the editors' home, the studies list
# (first and a deep page), a state filter, and searches by words, year and DOI. Median and max of 10 requests each
# with curl, after two warm-up requests, on a copy of the store (the editor account is added to the copy).
#
#   bench/editor-lists.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18150}

need_tools curl
[ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
publish_portal
db="$OUT_DIR/editor-lists/portal.db"
rm -rf "$(dirname "$db")" && mkdir -p "$(dirname "$db")" && cp "$SCALE_DB" "$db"
add_editor "$db"
start_portal editor-lists "$PORT" "$db"
wait_ready "$PORT"

base="http://127.0.0.1:$PORT"
jar="$OUT_DIR/editor-lists/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" \
  | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=$BENCH_EMAIL" --data-urlencode "Input.Password=$BENCH_PASSWORD" "$base/account/login")
[ "$status" = 302 ] || die "sign-in answered $status"

echo "machine: $(machine_line)"
for url in "/edit" "/edit/studies" "/edit/studies?page=1000" "/edit/studies?state=draft" \
    "/edit/studies?q=Harris+1999" "/edit/studies?q=social+network" "/edit/studies?q=10.1192%2Fbjp.174.3.219"; do
  for _ in 1 2; do curl -s -o /dev/null -b "$jar" "$base$url"; done
  printf '%-45s' "$url"
  for _ in $(seq 1 10); do curl -s -o /dev/null -b "$jar" -w '%{time_total} %{size_download}\n' "$base$url"; done \
    | sort -n | awk '{ t[NR] = $1; s = $2 } END { printf "median %.0f ms  max %.0f ms  %d bytes\n", t[5] * 1000, t[10] * 1000, s }'
done
