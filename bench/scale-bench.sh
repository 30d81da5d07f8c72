#!/usr/bin/env bash
# The scale benchmark (issue 9): the packaged app on an H2 file database holding a generated dataset, measured with wrk.
#   bench/scale-bench.sh [events] [work-dir]          e.g. bench/scale-bench.sh 100000 /tmp/scale-100k
# 1. generates the dataset (org.personneltracker.transfer.ScaleData: fixed seed, events/200 companies, events/5
#    people, events/10 context events, 3*events/10 sources, skewed) unless <work-dir>/data.jsonl exists;
# 2. starts the app (-Xmx512m) on <work-dir>/data and imports it through POST /api/import, printing the rate,
#    unless <work-dir>/data already holds a database (the import is then skipped);
# 3. restarts the app and times the first answered request;
# 4. warms up, then runs wrk (1 connection, SECONDS each, bench/scale/urls.lua varying companies, filters and cursors so
#    H2's result cache does not answer) on every read, the timeline at 32 connections, and POST /api/events with an
#    API token over 8 connections; CSV export of every event is timed with curl;
# 5. stops the app and runs the same SQL over plain JDBC on the same file (ScaleQueries) for the app/JDBC ratio.
# Needs: wrk, target/quarkus-app (./mvnw -B -o -DskipTests package, which also compiles the test classes).
# Environment: SECONDS_EACH (default 20), PORT (18099), HEAP (512m), APP_DIR (target/quarkus-app: another build to
# compare), JAVA_OPTS (e.g. -Dtracker.cache.aggregates=false to measure with nothing kept),
# SKIP=<comma list of scenarios to leave out, and csv, post, jdbc>, CHUNK (events per import file, 10000),
# IMPORT_ONLY=1 (stop after the import, e.g. to copy the database before measuring), KEEP_URLS=1 (reuse <work-dir>/urls),
# WARMUP_EACH (URLs of each list requested once before measuring, 5).
# PostgreSQL instead of the H2 file: DB_URL=jdbc:postgresql://host:5432/<an empty database>, DB_USER, DB_PASSWORD, and
# APP_DIR pointing at a build packaged for PostgreSQL (TRACKER_DB_KIND=postgresql ./mvnw -B -o -DskipTests package).
# The import is skipped when <work-dir>/pg-loaded exists (written after it); psql reports the database's size.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}
WORK=${2:-/tmp/scale-bench-$EVENTS}
SECONDS_EACH=${SECONDS_EACH:-20}
PORT=${PORT:-18099}
HEAP=${HEAP:-512m}
APP_DIR=${APP_DIR:-target/quarkus-app}
BASE="http://localhost:$PORT"
PASSWORD=bench-password
mkdir -p "$WORK"
[ -f "$WORK/cp.txt" ] || ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:$(cat "$WORK/cp.txt")"
load() { cut -d' ' -f1-3 /proc/loadavg; }
log() { printf '%s\n' "$*" | tee -a "$WORK/results.txt"; }

if [ ! -f "$WORK/data.jsonl" ]; then
  s=$(date +%s.%N)
  java -cp "$CP" org.personneltracker.transfer.ScaleData "$EVENTS" "$WORK/data.jsonl" bench
  log "generated $(wc -l < "$WORK/data.jsonl") lines ($(du -h "$WORK/data.jsonl" | cut -f1)) in $(echo "$(date +%s.%N) - $s" | bc) s"
fi

DB_URL=${DB_URL:-jdbc:h2:file:$WORK/data/tracker}
DB_USER=${DB_USER:-sa}
DB_PASSWORD=${DB_PASSWORD:-}
case "$DB_URL" in
  jdbc:postgresql:*) LOADED="$WORK/pg-loaded"
    PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"
    db_size() { psql -Atq "$PSQL_URL" -c 'select pg_size_pretty(pg_database_size(current_database()))'; };;
  *) LOADED="$WORK/data/tracker.mv.db"
    db_size() { du -h "$WORK/data/tracker.mv.db" | cut -f1; };;
esac
APP=
start_app() {
  mkdir -p "$WORK/data"
  TRACKER_ADMIN_PASSWORD=$PASSWORD java -Xmx"$HEAP" -XX:+UseSerialGC -XX:+HeapDumpOnOutOfMemoryError ${JAVA_OPTS:-} \
    -XX:HeapDumpPath="$WORK" -Dquarkus.http.port="$PORT" -Dtracker.seed.enabled=false -Dtracker.data-dir="$WORK/data" \
    -Dquarkus.datasource.jdbc.url="$DB_URL" -Dquarkus.datasource.username="$DB_USER" \
    -Dquarkus.datasource.password="$DB_PASSWORD" -Dquarkus.log.level=WARN \
    -jar "$APP_DIR/quarkus-run.jar" >> "$WORK/app.log" 2>&1 &
  APP=$!
}
stop_app() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; APP=; }
trap stop_app EXIT
wait_ready() { for _ in $(seq 1 600); do curl -sf -o /dev/null "$BASE/q/health/ready" && return 0; sleep 0.2; done; return 1; }

import_file() {  # import_file <file>: POST /api/import and wait for the background import; prints its last status
  local loc st=
  loc=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/x-ndjson' --data-binary @"$1" \
    -D - -o "$WORK/import-answer.json" "$BASE/api/import" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
  [ -n "$loc" ] || { cat "$WORK/import-answer.json"; return; }
  while :; do
    st=$(curl -sf -u "admin:$PASSWORD" "$BASE$loc" | head -c 2000)
    case "$st" in *'"DONE"'*|*'"FAILED"'*) break;; esac
    sleep 1
  done
  printf '%s' "${st:0:300}"
}

if [ ! -f "$LOADED" ]; then
  # the records events refer to in one file, then the events in files of CHUNK (one transaction each: a single
  # file of 100,000 events in one transaction slowed to a crawl in a 512 MB heap, see BENCHMARKS.md)
  CHUNK=${CHUNK:-10000}
  rm -rf "$WORK/parts"; mkdir -p "$WORK/parts"
  grep -v '"kind":"event"' "$WORK/data.jsonl" > "$WORK/parts/00-records.jsonl"
  grep '"kind":"event"' "$WORK/data.jsonl" | split -l "$CHUNK" -d -a 3 --additional-suffix=.jsonl - "$WORK/parts/events-"
  start_app; wait_ready
  s=$(date +%s.%N)
  for part in "$WORK"/parts/*.jsonl; do
    p=$(date +%s.%N)
    st=$(import_file "$part")
    log "  $(basename "$part"): $(wc -l < "$part") lines in $(echo "$(date +%s.%N) - $p" | bc) s (load $(load)) ${st:0:160}"
  done
  e=$(date +%s.%N)
  log "import of $EVENTS events ($(wc -l < "$WORK/data.jsonl") records): $(echo "$e - $s" | bc) s, $(echo "$EVENTS / ($e - $s)" | bc) events/s (load $(load))"
  stop_app
  touch "$LOADED"
  log "database after the import: $(db_size)"
fi
[ -z "${IMPORT_ONLY:-}" ] || exit 0

s=$(date +%s.%N)
start_app
until curl -sf -o /dev/null "$BASE/api/events?limit=1"; do sleep 0.05; done
log "first answered request after start: $(echo "$(date +%s.%N) - $s" | bc) s (load $(load))"

TOKEN=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$BASE/api/tokens" \
  -d '{"name": "scale benchmark", "role": "editor"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
# KEEP_URLS=1 reuses the lists of an earlier run (a build whose timeline cannot answer them in time, e.g. main at
# 100,000 events, where the timeline's count ran into the 60 s transaction timeout)
[ -n "${KEEP_URLS:-}" ] && [ -f "$WORK/urls/timeline-first.txt" ] || python3 bench/scale/urls.py "$BASE" "$EVENTS" "$WORK/urls" bench

# warm-up: every list once, then 10 s of the timeline
for f in "$WORK"/urls/*.txt; do
  head -n "${WARMUP_EACH:-5}" "$f" | while read -r p; do curl -s -o /dev/null "$BASE$p"; done
done
URLS="$WORK/urls/timeline-first.txt" wrk -t1 -c4 -d10s -s bench/scale/urls.lua "$BASE" > /dev/null

measure() {  # measure <scenario> <connections> [threads]
  local name=$1 conns=$2 threads=${3:-1}
  case ",${SKIP:-}," in *",$name,"*) return;; esac
  local out
  out=$(URLS="$WORK/urls/$name.txt" wrk -t"$threads" -c"$conns" -d"${SECONDS_EACH}s" --timeout 60s --latency \
    -s bench/scale/urls.lua "$BASE" 2>&1)
  printf '%s\n' "$out" >> "$WORK/wrk-$name-c$conns.txt"
  log "$(printf '%-16s c=%-3s p50 %-9s p99 %-9s %8s req/s  %s  load %s' "$name" "$conns" \
    "$(awk '$1 == "50%" {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" \
    "$(grep -E 'Non-2xx|Socket errors|status' <<< "$out" | tr '\n' ' ')" "$(load)")"
}
log "--- $EVENTS events, $(date -u +%FT%TZ), $(nproc) cores, heap $HEAP"
for s in timeline-first timeline-deep events-filter events-list explorer company-page person-page person-api atom \
         insights-waves insights-page; do
  measure "$s" 1
done
measure timeline-first 32 2
case ",${SKIP:-}," in *",csv,"*) ;; *)
  for i in 1 2; do
    t=$(curl -s -o "$WORK/export.csv" -w '%{time_total}' -H 'Accept: text/csv' "$BASE/api/events") || t="$t (curl failed: exit $?, a cut-off answer)"
    log "CSV of every event ($(($(wc -l < "$WORK/export.csv") - 1)) rows): $t s (load $(load))"
  done;;
esac
case ",${SKIP:-}," in *",post,"*) ;; *)
  out=$(TOKEN=$TOKEN wrk -t2 -c8 -d"${SECONDS_EACH}s" --timeout 60s --latency -s bench/scale/post.lua "$BASE" 2>&1)
  printf '%s\n' "$out" >> "$WORK/wrk-post-c8.txt"
  log "$(printf '%-16s c=%-3s p50 %-9s p99 %-9s %8s req/s  %s  load %s' "POST /api/events" 8 \
    "$(awk '$1 == "50%" {print $2}' <<< "$out")" "$(awk '$1 == "99%" {print $2}' <<< "$out")" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(grep -E 'Non-2xx|Socket errors|status' <<< "$out" | tr '\n' ' ')" "$(load)")";;
esac
grep -q OutOfMemoryError "$WORK/app.log" && log "OutOfMemoryError in the app log" || log "no OutOfMemoryError"
stop_app
case ",${SKIP:-}," in *",jdbc,"*) ;; *)
  java -Xmx512m -cp "$CP" org.personneltracker.transfer.ScaleQueries "$DB_URL" "$WORK/urls" "$DB_USER" "$DB_PASSWORD" 2>&1 \
    | tee -a "$WORK/results.txt";;
esac
echo "results: $WORK/results.txt"
