#!/usr/bin/env bash
# Scenario size: whole-process wall time of `spokes validate` and `spokes report` on synthetic
# scenarios of N states (bench/src/main/java/io/spokes/bench/scale/LargeScenario.java, seed 1),
# through the ./spokes launcher, RUNS runs each, with the 1-minute load average before each run and
# the CPU time used (user + system: the steadier figure when other work shares the cores)
# (docs/performance.md, "Scenario size").
#   bench/scale-wall.sh [RUNS] [N ...]      default: 1 run of N = 100 250 500 999
# Set SPOKES_JAR to time another build's spokes.jar with plain `java -jar` instead of the launcher.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-1}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 250 500 999)
if [ -n "${SPOKES_JAR:-}" ]; then
  spokes=(java -Djava.awt.headless=true -jar "$SPOKES_JAR")
else
  ./spokes --version >/dev/null   # builds the jar if needed, outside the timing
  spokes=(./spokes)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| N | command | wall time | CPU time | peak RSS | load before |\n|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  java bench/src/main/java/io/spokes/bench/scale/LargeScenario.java "$n" 1 >"$out/s$n.yaml"
  for i in $(seq "$runs"); do
    for cmd in validate report; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      args=("$cmd" "$out/s$n.yaml")
      [ "$cmd" = report ] && args+=(--out "$out/r$n")
      /usr/bin/time -o "$out/time" -f '%e %U %S %M' "${spokes[@]}" "${args[@]}" >/dev/null
      read -r wall user sys rss <"$out/time"
      printf '| %s | %s | %s s | %s s | %s MiB | %s |\n' "$n" "$cmd" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$((rss / 1024))" "$load"
    done
  done
done
