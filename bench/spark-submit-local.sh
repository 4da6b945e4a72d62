#!/usr/bin/env bash
# The spark-submit code path without a Spark installation: runs org.apache.spark.deploy.SparkSubmit
# (the class bin/spark-submit ends up running) with Spark's jars from the Maven build on the class
# path and spokes-spark.jar as the application jar, in local[2] bound to 127.0.0.1 with the UI off.
# The application jar is then loaded by Spark's own class loader, beside Spark's Jackson, Scala and
# Hadoop, as on a cluster. Checks that the table equals the local backend's, byte for byte, and
# that results.parquet is there. Usage: bench/spark-submit-local.sh [EXPERIMENT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
experiment="${1:-experiments/korea-morris.yaml}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# shellcheck source=bench/spark-env.sh
. bench/spark-env.sh
start=$(date +%s.%N)
java "${spark_flags[@]}" -Djava.awt.headless=true \
  -Dlog4j2.configurationFile="$(pwd)/spokes-spark/src/test/resources/log4j2-test.properties" \
  -cp "$spark_jars" org.apache.spark.deploy.SparkSubmit \
  --class io.spokes.spark.SparkSweep --master 'local[2]' \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  "$spark_jar" sweep "$experiment" --out "$out/spark" --progress none
end=$(date +%s.%N)
./spokes sweep "$experiment" --out "$out/local" --progress none >/dev/null
cmp "$out/local/results.csv" "$out/spark/results.csv"
files=$(find "$out/spark/results.parquet" -type f -name '*.parquet' | wc -l)
[ "$files" -gt 0 ] || { echo "no Parquet files in results.parquet" >&2; exit 1; }
awk -v s="$start" -v e="$end" -v f="$files" \
  'BEGIN { printf "spark-submit path: %.2f s; results.csv byte-identical to the local backend; results.parquet: %d files\n", e - s, f }'
