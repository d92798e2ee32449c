#!/usr/bin/env bash
# Measures copro-spark in local mode against the one-machine evaluation of the same records
# (issue 18; docs/performance.md, "copro-spark"): writes the synthetic dataset of SIZE attendance
# records (seed 42) as a folder of CSV files and as JSON Lines, then times
#   1. CoproSparkJob reading the CSV files with Spark in local[THREADS] (default 2),
#   2. `copro evaluate` of the same CSV folder in memory, and
#   3. `copro evaluate --streaming always` of the JSON Lines file,
# and checks that the Spark report is byte for byte the in-memory one. Prints wall and CPU times
# and peak memory (GNU time). Exits non-zero if a run fails or the reports differ.
#
# usage: scripts/spark-check.sh [SIZE] [THREADS]     (default 1000000 2)
# Needs the jars: ./mvnw -B -q -Dquick -pl copro-cli,copro-spark,benchmarks -am package -DskipTests
# Every run has the configuration {"format": "copro-config/1", "timeBudget": BUDGET} (default
# PT10M): a partitioned evaluation's call takes in a whole partition's events, which at 10^7 on two
# threads takes longer than the default five seconds.
# SPARK_OPTS: more -D options for the Spark run, such as
#   "-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/spark-events"
# to keep Spark's event log (each task's result and shuffle bytes).
# Heap: SPARK_HEAP (default 8g) for the Spark driver, HEAP (default 8g) for the others. The driver
# receives one merged value per pass, the last one every metric's state: MAX_RESULT_SIZE sets
# spark.driver.maxResultSize (default 4g) for when that state passes Spark's own default, 1g.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-1000000}"
threads="${2:-2}"
heap="${HEAP:-8g}"
spark_heap="${SPARK_HEAP:-8g}"
max_result="${MAX_RESULT_SIZE:-4g}"
budget="${BUDGET:-PT10M}"
bench=benchmarks/target/benchmarks.jar
cli=copro-cli/target/copro.jar
spark=copro-spark/target/copro-spark.jar
for jar in "$bench" "$cli" "$spark"; do
  [[ -f "$jar" ]] || { echo "spark-check: $jar is missing; build the jars first" >&2; exit 2; }
done
dir=$(mktemp -d "${TMPDIR:-/tmp}/copro-spark-check.XXXXXX")
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$dir"' EXIT
# Spark and its dependencies are `provided`: take them from the module's test class path.
./mvnw -B -q -o -pl copro-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$dir/classpath" > /dev/null
opens=("@scripts/spark-jvm-options.txt")   # the JVM options Spark 4 needs on Java 17 (docs/spark.md)

printf '{"format": "copro-config/1", "timeBudget": "%s"}\n' "$budget" > "$dir/config.json"
echo "== load before: $(uptime)"
java -Xmx"$heap" -cp "$bench" dev.copro.benchmarks.WriteSyntheticCsv "$size" "$dir/csv"
java -Xmx256m -cp "$bench" dev.copro.benchmarks.WriteSyntheticJsonLines "$size" "$dir/events.jsonl"
tables=()
for file in "$dir"/csv/*.csv; do
  name=$(basename "$file" .csv)
  tables+=(--table "$name=$file")
done

run() {
  local label=$1
  shift
  echo "== $label"
  /usr/bin/time -f "   wall %e s, user %U s, system %S s, max RSS %M kB, exit %x" "$@" 2>&1 \
    | grep -E "^   wall|^copro|Exception" || true
}
run "copro-spark, local[$threads], CSV tables" \
  java -Xmx"$spark_heap" "${opens[@]}" -Dspark.master="local[$threads]" -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.maxResultSize="$max_result" ${SPARK_OPTS:-} -cp "$spark:$(cat "$dir/classpath")" dev.copro.spark.CoproSparkJob \
  "${tables[@]}" --input-format csv --config "$dir/config.json" --out "$dir/spark.json"
run "copro evaluate, in memory, the CSV folder" \
  java -Xmx"$heap" -jar "$cli" evaluate "$dir/csv" --config "$dir/config.json" --format json \
  --out "$dir/memory.json"
run "copro evaluate --streaming always, the JSON Lines file" \
  java -Xmx"$heap" -jar "$cli" evaluate "$dir/events.jsonl" --config "$dir/config.json" \
  --streaming always --format json --out "$dir/streamed.json"
echo "== load after: $(uptime)"
echo "spark-check: failed metric results in the Spark report: $(grep -c '"status": "failed"' "$dir/spark.json" || true)"
if cmp -s "$dir/spark.json" "$dir/memory.json"; then
  echo "spark-check: the Spark report is the in-memory report, byte for byte ($(wc -c < "$dir/spark.json") bytes)"
else
  echo "spark-check: the Spark report differs from the in-memory report" >&2
  diff <(head -c 3000 "$dir/spark.json") <(head -c 3000 "$dir/memory.json") >&2 || true
  exit 1
fi
