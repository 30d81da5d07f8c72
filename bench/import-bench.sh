#!/usr/bin/env bash
# Import and export rates of the packaged app on a synthetic dataset, on a fresh H2 file database.
#   bench/import-bench.sh [events] [heap]        e.g. bench/import-bench.sh 100000 512m
# Needs target/quarkus-app (./mvnw package -DskipTests) and target/test-classes (./mvnw test-compile).
# Prints the import's and the export's wall time and rate, and the JVM's peak heap use (jcmd GC.heap_info at the end).
# GENERATOR=ScaleData uses the issue-9 dataset (transfer/ScaleData) instead of SyntheticData; the GC log
# (-Xlog:gc) gives the largest heap in use after a collection, and the H2 file's size is printed after the import
# and after the app's stop (which compacts the file after a large import).
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}
HEAP=${2:-512m}
PORT=${PORT:-18089}
WORK=$(mktemp -d /tmp/import-bench.XXXXXX)
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:$(cat "$WORK/cp.txt")" org.personneltracker.transfer.${GENERATOR:-SyntheticData} "$EVENTS" "$WORK/in.jsonl" bench
echo "file: $(wc -l < "$WORK/in.jsonl") lines, $(du -h "$WORK/in.jsonl" | cut -f1)"
TRACKER_ADMIN_PASSWORD=bench-password java -Xmx"$HEAP" ${JAVA_OPTS:-} -XX:+UseSerialGC -Xlog:gc:file="$WORK/gc.log" -Dquarkus.http.port="$PORT" -Dtracker.seed.enabled=false \
  -Dtracker.data-dir="$WORK/data" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/tracker;DB_CLOSE_ON_EXIT=FALSE" \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
# the import and its status polls use an API token: with HTTP Basic each poll is a bcrypt check, which was a fifth of the
# app's CPU time during a 100,000-event import (and counted against the import's events per CPU second)
TOKEN=$(curl -sf -u admin:bench-password -H 'Content-Type: application/json' "localhost:$PORT/api/tokens" \
  -d '{"name": "import-bench", "role": "admin"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "could not make an API token" >&2; exit 1; }
AUTH=(-H "Authorization: Bearer $TOKEN")
cpu() { awk '{print ($14 + $15) / 100}' /proc/$APP/stat; }   # user+system CPU seconds of the app
start=$(date +%s.%N); cpu0=$(cpu)
loc=$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/in.jsonl" \
  -D - -o "$WORK/answer.json" "localhost:$PORT/api/import" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
if [ -n "$loc" ]; then
  while :; do
    case "$loc" in /*) loc="localhost:$PORT$loc";; esac
    state=$(curl -sf "${AUTH[@]}" "$loc" | tee "$WORK/status.json" | sed 's/.*"state":"\([A-Z]*\)".*/\1/')
    [ "$state" = DONE ] || [ "$state" = FAILED ] && break
    sleep 1
  done
  cat "$WORK/status.json"; echo
fi
end=$(date +%s.%N)
cpu1=$(cpu)
echo "H2 file after the import: $(du -m "$WORK"/data/*.mv.db | cut -f1) MB"
echo "import: $(echo "$end - $start" | bc) s wall, $(echo "$EVENTS / ($end - $start)" | bc) events/s; $(echo "$cpu1 - $cpu0" | bc) s CPU (all threads), $(echo "$EVENTS / ($cpu1 - $cpu0)" | bc) events per CPU second; load average $(cut -d' ' -f1 /proc/loadavg)"
start=$(date +%s.%N); cpu0=$(cpu)
curl -sf "${AUTH[@]}" "localhost:$PORT/api/export" -o "$WORK/out.jsonl"
end=$(date +%s.%N)
cpu1=$(cpu)
echo "export: $(echo "$end - $start" | bc) s wall, $(echo "$EVENTS / ($end - $start)" | bc) events/s; $(echo "$cpu1 - $cpu0" | bc) s CPU, $(echo "$EVENTS / ($cpu1 - $cpu0)" | bc) events per CPU second; $(wc -l < "$WORK/out.jsonl") lines"
jcmd $APP GC.heap_info | head -3
echo "largest heap after a GC: $(grep -o -- '->[0-9]*M' "$WORK/gc.log" | tr -d '>M-' | sort -n | tail -1) MB"
uptime
grep -E "^(VmHWM|VmRSS)" /proc/$APP/status
# the stop (SIGTERM): after a large import H2 rewrites its file compactly (tracker.h2.compact-on-shutdown)
start=$(date +%s.%N)
kill "$APP"; wait "$APP" || true
echo "stop: $(echo "$(date +%s.%N) - $start" | bc) s; H2 file after the stop: $(du -m "$WORK"/data/*.mv.db | cut -f1) MB"
grep -i "compact" "$WORK/app.log" || true
echo "work folder: $WORK"
