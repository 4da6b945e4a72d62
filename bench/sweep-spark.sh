#!/usr/bin/env bash
# Whole-process timing of experiments/korea-lhs.yaml on the Spark backend in local[2] (driver and
# executor in one JVM, as `spark-submit --master local[2]` would run it) against the local backend
# with 2 threads, interleaved so that both see the same machine load. Usage: bench/sweep-spark.sh [RUNS]
# Spark's jars come from the Maven build's provided scope (no Spark installation is needed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
jar=spokes-spark/target/spokes-spark.jar
[ -f "$jar" ] || mvn -B -q -DskipTests -pl spokes-spark -am package
cp_file="$(mktemp)"
mvn -B -q -o -pl spokes-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$cp_file" >/dev/null 2>&1 || mvn -B -q -pl spokes-spark -am compile dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file" >/dev/null
spark_cp="$(tr ':' '\n' < "$cp_file" | grep '\.jar$' | paste -sd:)"
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' spokes-spark/pom.xml)"
log4j="$(pwd)/spokes-spark/src/test/resources/log4j2-test.properties"
out="$(mktemp -d)"
trap 'rm -rf "$out" "$cp_file"' EXIT
time_it() { # label, command...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$out/err.log" || { cat "$out/err.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v l="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "%-14s wall=%.2f s  %.0f solves/s (load %s)\n", l, e - s, 20000 / (e - s), load }'
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  rm -rf "$out/local" "$out/spark"
  time_it "local threads=2" java -Djava.awt.headless=true -jar "$jar" sweep experiments/korea-lhs.yaml --backend local \
    --threads 2 --out "$out/local" --progress none
  # shellcheck disable=SC2086
  time_it "spark local[2]" java $flags -Djava.awt.headless=true -Dlog4j2.configurationFile="$log4j" \
    -Dspark.master='local[2]' -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
    -cp "$jar:$spark_cp" io.spokes.spark.SparkSweep sweep experiments/korea-lhs.yaml --out "$out/spark" --progress none
  cmp "$out/local/results.csv" "$out/spark/results.csv" && echo "  results.csv byte-identical; results.parquet: $(du -h "$out/spark/results.parquet" | cut -f1)"
done
