#!/usr/bin/env bash
# Whole-process timing of experiments/korea-lhs.yaml (10,000-point Latin hypercube, one crisis, both
# equilibria = 20,000 crisis solves) on the Spark backend in local[2] (driver and executor in one
# JVM, as `spark-submit --master local[2]` runs it) against the local backend with 2 threads.
# Usage: bench/sweep-spark.sh [RUNS]
#
# Each round runs four processes, interleaved so that all see the same machine load:
#   local, archive   ./spokes sweep ... (the launcher: spokes.jar with its class-data archive)
#   spark, archive   Spark local[2] with a class-data archive of its own class path
#   local, plain     java -jar spokes-cli/target/spokes.jar sweep ... (no archive)
#   spark, plain     Spark local[2], no archive
# Archives are static (a class list from one 16-point run, then -Xshare:dump), made before timing;
# see the launcher for why not dynamic ones. Spark's jars come from the Maven build's provided scope
# (no Spark installation is needed). Every Spark table is compared with the local one byte for byte.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
solves=20000
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# shellcheck source=bench/spark-env.sh
. bench/spark-env.sh
./spokes --version >/dev/null   # builds the CLI jar and its archive if missing or stale, outside the timing
local_jar=spokes-cli/target/spokes.jar
spark_cp="$spark_jar:$spark_jars"
flags=("${spark_flags[@]}")
spark=(java "${flags[@]}" -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$(pwd)/spokes-spark/src/test/resources/log4j2-test.properties"
  -Dspark.master='local[2]' -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false)

# the archive for Spark's class path, trained on a 16-point copy of the experiment
sed -e 's/^points: .*/points: 16/' -e "s|^scenario: .*|scenario: $(pwd)/scenarios/korea-2023.yaml|" \
  experiments/korea-lhs.yaml > "$out/train.yaml"
"${spark[@]}" -XX:DumpLoadedClassList="$out/spark.classlist" -cp "$spark_cp" io.spokes.spark.SparkSweep \
  sweep "$out/train.yaml" --out "$out/train" --progress none >/dev/null 2>&1
java "${flags[@]}" -Xshare:dump -XX:SharedClassListFile="$out/spark.classlist" -XX:SharedArchiveFile="$out/spark.jsa" \
  -Xlog:cds=off -cp "$spark_cp" >/dev/null 2>&1
share=(-XX:SharedArchiveFile="$out/spark.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)

load() { cut -d' ' -f1 /proc/loadavg; }
time_it() { # label, command... ; prints the label and wall time, leaves the seconds in $wall
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$out/err.log" || { cat "$out/err.log" >&2; exit 1; }
  end=$(date +%s.%N)
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
  awk -v w="$wall" -v l="$label" -v n="$solves" -v load="$(load)" \
    'BEGIN { printf "  %-16s wall=%6.2f s  %5.0f solves/s  (load %s)\n", l, w, n / w, load }'
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$out/ratios"
for i in $(seq "$runs"); do
  echo "round $i"
  rm -rf "$out"/run-*
  time_it "local, archive" ./spokes sweep experiments/korea-lhs.yaml --threads 2 --out "$out/run-la" --progress none
  la=$wall
  time_it "spark, archive" "${spark[@]}" "${share[@]}" -cp "$spark_cp" io.spokes.spark.SparkSweep \
    sweep experiments/korea-lhs.yaml --out "$out/run-sa" --progress none
  sa=$wall
  time_it "local, plain" java -Djava.awt.headless=true -jar "$local_jar" sweep experiments/korea-lhs.yaml --threads 2 \
    --out "$out/run-lp" --progress none
  lp=$wall
  time_it "spark, plain" "${spark[@]}" -cp "$spark_cp" io.spokes.spark.SparkSweep \
    sweep experiments/korea-lhs.yaml --out "$out/run-sp" --progress none
  sp=$wall
  for d in run-sa run-lp run-sp; do
    cmp -s "$out/run-la/results.csv" "$out/$d/results.csv" || { echo "results.csv of $d differs" >&2; exit 1; }
  done
  awk -v la="$la" -v sa="$sa" -v lp="$lp" -v sp="$sp" \
    'BEGIN { printf "  ratio spark/local: %.2f with archives, %.2f plain; results.csv byte-identical\n", sa / la, sp / lp }'
  echo "$la $sa $lp $sp" >> "$out/ratios"
done
echo "results.parquet: $(du -sh "$out/run-sa/results.parquet" | cut -f1), $(find "$out/run-sa/results.parquet" -type f -name '*.parquet' | wc -l) files"
median() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.2f (%.2f-%.2f)", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2, v[1], v[NR] }'; }
echo "spark/local over $runs rounds: with archives $(awk '{ print $2 / $1 }' "$out/ratios" | median);" \
  "plain $(awk '{ print $4 / $3 }' "$out/ratios" | median)"
