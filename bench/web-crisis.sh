#!/usr/bin/env bash
# Server time of the crisis lab's request when a parameter changes, on scenarios/korea-2023.yaml:
# POST /api/compare as the page sends it, read from the Server-Timing header (reading the JSON,
# solving every variant, writing the answer). Usage: bench/web-crisis.sh [REQUESTS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/web-lab-server.sh"
trap stop_lab EXIT
n="${1:-300}"
measure() { # $1: label, $2: extra JSON fields
  local times=()
  for i in $(seq 1 "$n"); do
    kbar=$(awk -v i="$i" 'BEGIN { printf "%.2f", 0.5 + (i % 60) * 0.05 }')
    t=$(curl -s -o /dev/null -D - -X POST -H 'Content-Type: application/json' "$BASE/api/compare" \
      -d "{\"scenario\":\"korea-2023\",\"challenger\":\"PRK\",\"target\":\"KOR\",\"parameters\":{\"kbar\":$kbar}$2}" \
      | tr -d '\r' | sed -n 's/^Server-Timing: lab;dur=\([0-9.]*\).*/\1/p')
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v label="$1" '{ v[NR] = $1 } END {
    printf "%-44s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms\n", label, NR, v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}
machine
measure "warm-up (baseline only, discarded)" "" >/dev/null
measure "baseline only (1 variant)" ""
measure "page default + lattice + alignment(KOR)" ',"architectures":["lattice"],"policies":["alignment"],"spoke":"KOR"'
measure "all 4 architectures + 3 KOR policies (8)" ',"architectures":["hub-spoke","lattice","collective","none"],"policies":["independence","alignment","collaboration"],"spoke":"KOR"'
