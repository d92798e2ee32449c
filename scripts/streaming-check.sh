#!/usr/bin/env bash
# Streams a synthetic JSON Lines dataset larger than the heap through DatasetReader.streamJsonLines
# in a 512 MB heap, with a sink that only counts, and prints the records, bytes, seconds and MB/s of
# each pass and the heap used. Exits non-zero if the heap runs out (or anything else fails).
#
# usage: scripts/streaming-check.sh [ATTENDANCE_RECORDS]   (default 10000000: a file of about 2.3 GB)
#
# Builds nothing; build the jar first:
#   ./mvnw -B -q -Dquick -pl benchmarks -am package -DskipTests
# The file is written to a new folder under ${TMPDIR:-/tmp} and deleted at the end, whatever happens.
# Results and the conditions they were measured in: docs/performance.md, "Streaming large JSON Lines".
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-10000000}"
jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  echo "streaming-check: $jar is missing; build it with ./mvnw -B -q -Dquick -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
tmp="${TMPDIR:-/tmp}"
# About 230 bytes of file per attendance record, with room to spare.
need_kb=$(( size / 4 + 1024 ))
free_kb=$(df -Pk "$tmp" | awk 'NR == 2 {print $4}')
if (( free_kb < need_kb )); then
  echo "streaming-check: $tmp has ${free_kb} kB free, the file needs about ${need_kb} kB" >&2
  exit 2
fi
dir=$(mktemp -d "$tmp/copro-streaming.XXXXXX")
trap 'rm -rf "$dir"' EXIT
file="$dir/synthetic-$size.jsonl"

echo "== load before: $(uptime)"
java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "$jar" dev.copro.benchmarks.WriteSyntheticJsonLines "$size" "$file"
java -Xmx512m -XX:+ExitOnOutOfMemoryError -cp "$jar" dev.copro.benchmarks.StreamingCheck "$file"
echo "== load after: $(uptime)"
