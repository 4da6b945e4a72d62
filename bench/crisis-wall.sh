#!/usr/bin/env bash
# Whole-process timing of one `spokes crisis` call (JVM start included), for comparison with JMH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./spokes --version >/dev/null
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 "./spokes crisis scenarios/korea-2023.yaml --challenger PRK --target KOR --format json"
else
  for i in $(seq 5); do /usr/bin/time -f "%e s wall" ./spokes crisis scenarios/korea-2023.yaml --challenger PRK --target KOR --format json >/dev/null; done
fi
