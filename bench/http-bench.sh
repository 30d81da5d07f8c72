#!/usr/bin/env bash
# Latency of the main pages and API reads against a running tracker (default http://localhost:8080).
# Usage: bench/http-bench.sh [base-url] [rounds]. Warms each URL up, then prints median and p95 of
# curl's time_total (ms) over the rounds. Run it on an otherwise idle machine; it only reads.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
ROUNDS="${2:-40}"
URLS=(
  "/"
  "/companies"
  "/companies/anthropic"
  "/companies/anthropic?category=SAFETY"
  "/people/mrinank-sharma"
  "/events"
  "/events?category=SAFETY&facets=true"
  "/api/events?limit=50"
  "/api/events?limit=50&facets=true"
  "/api/events?category=SAFETY&seniority=HEAD&from=2024&to=2026"
  "/api/companies/openai/timeline?limit=100"
  "/api/people/greg-brockman"
)
printf '%-58s %8s %8s\n' "url" "median" "p95"
for u in "${URLS[@]}"; do
  for _ in $(seq 1 10); do curl -s -o /dev/null "$BASE$u"; done
  for _ in $(seq 1 "$ROUNDS"); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$u"; done \
    | sort -n | awk -v u="$u" '{a[NR]=$1*1000} END {printf "%-58s %6.1fms %6.1fms\n", u, a[int((NR+1)/2)], a[int(NR*0.95)]}'
done
