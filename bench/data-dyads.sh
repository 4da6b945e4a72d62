#!/usr/bin/env bash
# Whole-process timing and peak memory of `spokes data dyads` (JVM start, reading the bundled data,
# building and writing the CSV): the issue's parity run (1950-2010, non-directed, ATOP + NMC) and
# all years directed (1816-2018). Results go to docs/performance.md, section "Data layer".
# Usage: bench/data-dyads.sh [runs]   (default 5 runs of each; needs /usr/bin/time)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ./spokes data cite --format text 2>/dev/null | grep -q "ATOP 5.1"; then
  run=(./spokes data)
else
  # Until the main command registers `data`, run the module's own entry point on its classpath.
  mvn -q -B -DskipTests -pl spokes-data -am package dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
  run=(java -Djava.awt.headless=true ${SPOKES_JAVA_OPTS:-} -cp "spokes-data/target/classes:spokes-io/target/classes:spokes-core/target/classes:$(cat "$out/cp.txt")" io.spokes.data.cli.DataCommand)
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bench() {
  local label="$1"; shift
  local times=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/t" "${run[@]}" dyads "$@" --out "$out/dyads.csv" 2>/dev/null
    times+=("$(cat "$out/t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v rows="$(($(wc -l < "$out/dyads.csv") - 1))" \
    '{w[NR]=$1; if ($2>m) m=$2} END {printf "%s: %d rows, wall min %.2f s, median %.2f s, max %.2f s; peak RSS %.0f MiB (%d runs)\n", label, rows, w[1], w[int((NR+1)/2)], w[NR], m/1024, NR}'
}
bench "1950-2010 non-directed, atop+nmc" --years 1950-2010 --nondirected --with atop,nmc
bench "1816-2018 directed, atop+nmc" --years 1816-2018 --with atop,nmc
