#!/usr/bin/env bash
# CI smoke run of the JMH benchmarks: checks that the benchmark jar runs, in a few seconds.
# It measures nothing worth keeping and asserts no timing. Build the jar first:
#   ./mvnw -B -q -Dquick -pl benchmarks -am package -DskipTests
# Full runs and their results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  echo "bench-smoke: $jar is missing; build it with ./mvnw -B -q -Dquick -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
exec java -jar "$jar" 'SuiteBenchmark.fullSuite' -f 1 -wi 1 -i 1 -r 1s -w 1s -p size=1000 -p parallelism=1 \
  -jvmArgsAppend "-Xms256m -Xmx1g" -rf json -rff "${BENCH_SMOKE_RESULT:-/tmp/copro-bench-smoke.json}"
