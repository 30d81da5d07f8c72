#!/usr/bin/env bash
# What authentication costs per request against a running tracker: the same GET anonymously, with an API token
# (Authorization: Bearer) and with HTTP Basic (a bcrypt check at the configured cost on every request).
# Usage: bench/auth-cost.sh [base-url] [admin-password] [seconds]. Needs wrk. Makes one API token (revoked at the end).
# Prints wrk's median latency and requests/s, with 1 connection (the cost of one request) and with 4.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
PASSWORD="${2:?the admin password}"
SECONDS_EACH="${3:-15}"
URL="$BASE/api/events?limit=10"
made=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$BASE/api/tokens" \
  -d '{"name": "auth-cost benchmark", "role": "viewer"}')
TOKEN=$(printf '%s' "$made" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
ID=$(printf '%s' "$made" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
[ -n "$TOKEN" ] || { echo "could not make a token: $made" >&2; exit 1; }
BASIC=$(printf 'admin:%s' "$PASSWORD" | base64 -w0)
run() {  # run <label> <connections> [header]
  local label=$1 conns=$2; shift 2
  local out
  out=$(wrk -t1 -c"$conns" -d"${SECONDS_EACH}s" --latency "$@" "$URL")
  printf '%-10s c=%s  median %-9s  %s req/s\n' "$label" "$conns" \
    "$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')" \
    "$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
}
for c in 1 4; do
  curl -s -o /dev/null "$URL"; curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"
  run anonymous "$c"
  run bearer "$c" -H "Authorization: Bearer $TOKEN"
  run basic "$c" -H "Authorization: Basic $BASIC"
done
curl -s -o /dev/null -u "admin:$PASSWORD" -X DELETE "$BASE/api/tokens/$ID"
