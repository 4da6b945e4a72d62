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
jar=spokes-spark/target/spokes-spark.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml spokes-*/pom.xml spokes-*/src/main -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests -pl spokes-spark -am package
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mvn -B -q -o -pl spokes-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$out/cp" \
  >/dev/null 2>&1 || mvn -B -q -pl spokes-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$out/cp" >/dev/null
spark_jars="$(tr ':' '\n' < "$out/cp" | grep '\.jar$' | paste -sd:)"
read -r -a flags <<<"$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' spokes-spark/pom.xml)"
start=$(date +%s.%N)
java "${flags[@]}" -Djava.awt.headless=true \
  -Dlog4j2.configurationFile="$(pwd)/spokes-spark/src/test/resources/log4j2-test.properties" \
  -cp "$spark_jars" org.apache.spark.deploy.SparkSubmit \
  --class io.spokes.spark.SparkSweep --master 'local[2]' \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  "$jar" sweep "$experiment" --out "$out/spark" --progress none
end=$(date +%s.%N)
./spokes sweep "$experiment" --out "$out/local" --progress none >/dev/null
cmp "$out/local/results.csv" "$out/spark/results.csv"
files=$(find "$out/spark/results.parquet" -type f -name '*.parquet' | wc -l)
[ "$files" -gt 0 ] || { echo "no Parquet files in results.parquet" >&2; exit 1; }
awk -v s="$start" -v e="$end" -v f="$files" \
  'BEGIN { printf "spark-submit path: %.2f s; results.csv byte-identical to the local backend; results.parquet: %d files\n", e - s, f }'
