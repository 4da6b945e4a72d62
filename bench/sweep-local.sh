#!/usr/bin/env bash
# Whole-process timing of the 10,000-point Latin hypercube over six parameters on korea-2023
# (experiments/korea-lhs.yaml: one crisis, both equilibria = 20,000 crisis solves) on the local
# backend with 1 and 2 threads, JVM start included. Usage: bench/sweep-local.sh [RUNS]
# Prints wall time, crisis solves per second and per second per core, and checks that 1 and 2
# threads wrote byte-identical tables. Results go in docs/performance.md, section "Sweeps".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
./spokes --version >/dev/null   # builds the CLI jar if it is missing or stale, outside the timing
solves=20000
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in 1 2; do
  for i in $(seq "$runs"); do
    rm -rf "$out/t$threads"
    start=$(date +%s.%N)
    ./spokes sweep experiments/korea-lhs.yaml --backend local --threads "$threads" \
      --out "$out/t$threads" --progress none >/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v n="$solves" -v t="$threads" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { w = e - s; printf "local threads=%d wall=%.2f s  %.0f solves/s  %.0f solves/s/core  (load %s)\n", t, w, n / w, n / w / t, l }'
  done
done
cmp "$out/t1/results.csv" "$out/t2/results.csv" && echo "1 and 2 threads: byte-identical results.csv"
