#!/usr/bin/env bash
# The scale data set on PostgreSQL: starts a throwaway PostgreSQL server (.ci/postgres) on $PG_PORT, lets the portal
# migrate an empty database and import content/ into it, copies the generated studies and findings of the SQLite
# scale store across (findings matched to interventions and outcomes by slug), then lets the portal bring its
# evidence summary and search index in step. The server keeps running for latency.sh (STORE=postgres);
# `.ci/postgres stop $PG_DIR` ends it.
#
#   bench/scale-data-pg.sh             # -> database portal_scale on 127.0.0.1:$PG_PORT (25433)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-18101}

need_tools sqlite3 curl
[ -f "$SCALE_DB" ] || "$BENCH_DIR/scale-data.sh"
publish_portal
psql_run() { psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$PG_PORT" -U portal "$@"; }

"$BENCH_DIR/../.ci/postgres" stop "$PG_DIR"
"$BENCH_DIR/../.ci/postgres" start "$PG_DIR" "$PG_PORT"
psql_run -d postgres -c "CREATE DATABASE portal_scale"
echo "machine: $(machine_line)"

# 1. The portal's own migrations and content import make the schema and the real records.
start_portal scale-pg-migrate "$PORT" unused --Database:Provider=Postgres "--ConnectionStrings:Portal=$PG_SCALE" \
  --Content:ImportOnEmptyStore=true
wait_ready "$PORT"
stop_pid "$PORTAL_PID"

# 2. The generated rows, exported from SQLite and copied in with COPY through staging tables.
work=$(mktemp -d)
sqlite3 -csv "$SCALE_DB" "SELECT Id, Slug, Authors, Year, Title, Journal, SourceUrls, Design, DesignCategory, Country,
  Setting, SampleSize, Population, OutcomesMeasured, AppraisalMarkdown, AppraisalHtml, Verification, Status, Version,
  CreatedAt, UpdatedAt, PublishedAt, LastReviewedOn FROM Studies WHERE Verification = 'generated'" >"$work/studies.csv"
sqlite3 -csv "$SCALE_DB" "SELECT f.Id, f.StudyId, i.Slug, o.Slug, f.Direction, f.Kind, f.Note, f.\"Order\"
  FROM Findings f JOIN Interventions i ON i.Id = f.InterventionId JOIN Outcomes o ON o.Id = f.OutcomeId
  JOIN Studies s ON s.Id = f.StudyId WHERE s.Verification = 'generated'" >"$work/findings.csv"
start=$(date +%s%N)
psql_run -d portal_scale <<SQL
CREATE TEMP TABLE s (id int, slug text, authors text, year int, title text, journal text, sourceurls text,
  design text, designcategory text, country text, setting text, samplesize text, population text,
  outcomesmeasured text, appraisalmarkdown text, appraisalhtml text, verification text, status text, version int,
  createdat text, updatedat text, publishedat text, lastreviewedon text);
CREATE TEMP TABLE f (id int, studyid int, intervention text, outcome text, direction text, kind text, note text,
  "order" int);
\copy s FROM '$work/studies.csv' WITH (FORMAT csv)
\copy f FROM '$work/findings.csv' WITH (FORMAT csv)
DO \$\$ BEGIN
  IF (SELECT max("Id") FROM "Studies") >= (SELECT min(id) FROM s) THEN
    RAISE EXCEPTION 'the generated study ids overlap the imported ones';
  END IF;
END \$\$;
INSERT INTO "Studies" ("Id", "Slug", "Authors", "Year", "Title", "Journal", "SourceUrls", "Design", "DesignCategory",
  "Country", "Setting", "SampleSize", "Population", "OutcomesMeasured", "AppraisalMarkdown", "AppraisalHtml",
  "Verification", "Status", "Version", "CreatedAt", "UpdatedAt", "PublishedAt", "LastReviewedOn")
SELECT id, slug, authors, year, title, journal, ARRAY(SELECT jsonb_array_elements_text(sourceurls::jsonb)), design,
  designcategory, country, setting, samplesize, population,
  ARRAY(SELECT jsonb_array_elements_text(outcomesmeasured::jsonb)), appraisalmarkdown, appraisalhtml, verification,
  status, version, createdat::timestamptz, updatedat::timestamptz, publishedat::timestamptz, lastreviewedon::date
FROM s;
INSERT INTO "Findings" ("StudyId", "InterventionId", "OutcomeId", "Direction", "Kind", "Note", "Order")
SELECT f.studyid, i."Id", o."Id", f.direction, f.kind, f.note, f."order"
FROM f JOIN "Interventions" i ON i."Slug" = f.intervention AND i."DraftOfId" IS NULL
JOIN "Outcomes" o ON o."Slug" = f.outcome AND o."DraftOfId" IS NULL;
SELECT setval(pg_get_serial_sequence('"Studies"', 'Id'), (SELECT max("Id") FROM "Studies"));
VACUUM ANALYZE;
SQL
rm -rf "$work"
echo "copied into PostgreSQL: $(( ($(date +%s%N) - start) / 1000000 )) ms"

# 3. The portal finds its evidence summary and search index out of step and rebuilds them.
start=$(date +%s%N)
start_portal scale-pg-index "$PORT" unused --Database:Provider=Postgres "--ConnectionStrings:Portal=$PG_SCALE"
wait_ready "$PORT" 600
until grep -q "Built the search index" "$OUT_DIR/scale-pg-index.log"; do
  kill -0 "$PORTAL_PID" 2>/dev/null || die "the portal stopped while indexing (see $OUT_DIR/scale-pg-index.log)"
  sleep 0.5
done
stop_pid "$PORTAL_PID"
grep -o "Rebuilt the evidence summary.*" "$OUT_DIR/scale-pg-index.log" || true
echo "summary and index built: $(( ($(date +%s%N) - start) / 1000000 )) ms from process start"
psql_run -d portal_scale -c "VACUUM ANALYZE"
counts=$(psql_run -d portal_scale -At -c "SELECT (SELECT COUNT(*) FROM \"Studies\" WHERE \"Status\" = 'Published'),
  (SELECT COUNT(*) FROM \"Findings\"), (SELECT COUNT(*) FROM \"StudyCells\")")
echo "store: studies|findings|summary cells = $counts"
echo "scale store ready: $PG_SCALE"
