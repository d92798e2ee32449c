#!/usr/bin/env bash
# CI check of issue 17's pandas reference scripts (benchmarks/pandas/): they must compute the same
# value, n, components and breakdowns as `copro evaluate --format json`, metric by metric, on the
# synthetic benchmark dataset of 10,000 attendance records, on the bundled sample and on the small
# hand-made benchmarks/pandas/edge-cases.json, then on the first two broken down by two attributes
# and by month. Exits non-zero,
# naming every difference, when they do not. Needs the jars `./mvnw -B verify` builds (or
# ./mvnw -B -q -o -Dquick -pl copro-cli,benchmarks -am package -DskipTests) and pandas for
# PYTHON (default /usr/bin/python3, with Debian's python3-pandas, as .ci/run installs it).
# Timings against pandas: docs/performance.md, "Against pandas".
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-/usr/bin/python3}"
if ! "$python" -c 'import pandas, numpy' 2> /dev/null; then
  echo "check-pandas: $python cannot import pandas and numpy; install them (apt-get install python3-pandas)" >&2
  exit 2
fi
size="${CHECK_PANDAS_SIZE:-10000}"
"$python" benchmarks/pandas/compare.py --size "$size" --sample --edge-cases
# Again with participant attributes as breakdown dimensions and months as periods (copro's --by and --period).
"$python" benchmarks/pandas/compare.py --size "$size" --sample --by age-band,area --period month
