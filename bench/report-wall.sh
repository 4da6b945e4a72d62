#!/usr/bin/env bash
# Whole-process timing of the main job, JVM start included: `./spokes report` on the bundled
# scenario, 10 runs after 2 warm-up runs (hyperfine if installed, else bash's time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./spokes --version >/dev/null   # builds the jar if needed, outside the timing
out=$(mktemp -d)
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --export-markdown "$out/hyperfine.md" \
    "./spokes report scenarios/korea-2023.yaml --out $out/r"
  cat "$out/hyperfine.md"
else
  for i in 1 2; do ./spokes report scenarios/korea-2023.yaml --out "$out/r" >/dev/null; done
  for i in $(seq 10); do /usr/bin/time -f "%e s wall, %M KiB max RSS" ./spokes report scenarios/korea-2023.yaml --out "$out/r" >/dev/null; done
fi
rm -rf "$out"
