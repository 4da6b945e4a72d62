# Sourced by the Spark scripts of bench/ from the repository root: builds spokes-spark.jar when it is
# missing or older than any source or pom, and sets
#   spark_jar    the application jar
#   spark_jars   Spark's own jars (the provided-scope class path of spokes-spark, from the Maven build)
#   spark_flags  the JVM flags Spark needs on Java 17 (spark.jvm.flags in spokes-spark/pom.xml), an array
# Uses "$out" (a scratch folder the caller made) for the class-path file.
spark_jar=spokes-spark/target/spokes-spark.jar
if [ ! -f "$spark_jar" ] || [ -n "$(find pom.xml spokes-*/pom.xml spokes-*/src/main -newer "$spark_jar" -print -quit)" ]; then
  mvn -B -q -DskipTests -pl spokes-spark -am package
fi
# the reactor runs up to spokes-spark; it is last, so its list is the one left in the file
mvn -B -q -o -pl spokes-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$out/cp" \
  >/dev/null 2>&1 || mvn -B -q -pl spokes-spark -am compile dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$out/cp" >/dev/null
spark_jars="$(tr ':' '\n' < "$out/cp" | grep '\.jar$' | paste -sd:)"
read -r -a spark_flags <<<"$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' spokes-spark/pom.xml)"
