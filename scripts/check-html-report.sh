#!/usr/bin/env bash
# Checks that copro's HTML report renders in a real browser: headless Chromium (Debian's package)
# opens the report of the bundled sample from a file, with no network, and the script checks that
# every chart is there after rendering, that the browser refused nothing and reported no error, and
# takes a screenshot to look at.
#
# Usage: scripts/check-html-report.sh [OUTPUT_DIR]
#   Needs copro-cli/target/copro.jar (./mvnw -B -Dquick -pl copro-cli -am package -DskipTests).
#   Installs chromium with apt-get when it is missing (so run it as root, as CI does).
#   COPRO, if set, is the command that runs copro instead of `java -jar copro-cli/target/copro.jar`.
#   Leaves report.html, dom.html (the page as rendered), report.png and chromium.log in OUTPUT_DIR
#   (default: a new temporary folder, printed at the end). Exits 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=copro-cli/target/copro.jar
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ -z "${COPRO:-}" ] && [ ! -f "$jar" ]; then
  echo "check-html-report: $jar is missing; build it with: ./mvnw -B -Dquick -pl copro-cli -am package -DskipTests" >&2
  exit 2
fi
if ! command -v chromium > /dev/null; then
  echo "check-html-report: installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium > /dev/null
fi

${COPRO:-java -jar $jar} evaluate --format html --out "$out/report.html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile"
  --enable-logging=stderr --v=0)
timeout 120 "${browser[@]}" --dump-dom "file://$out/report.html" > "$out/dom.html" 2> "$out/chromium.log"
timeout 120 "${browser[@]}" --window-size=1280,4200 --hide-scrollbars --screenshot="$out/report.png" \
  "file://$out/report.html" > /dev/null 2>> "$out/chromium.log"

failures=0
fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}
count() {
  grep -o "$1" "$2" | wc -l
}

source_svgs=$(count '<svg ' "$out/report.html")
rendered_svgs=$(count '<svg ' "$out/dom.html")
[ "$source_svgs" -ge 4 ] || fail "the report has $source_svgs charts; the sample should give at least 4"
[ "$rendered_svgs" -eq "$source_svgs" ] || fail "the rendered page has $rendered_svgs charts of $source_svgs"
for section in glance principles ladder warning-signs over-time voice indicators; do
  grep -q "id=\"$section\"" "$out/dom.html" || fail "the rendered page has no #$section"
done
title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$out/report.html" | head -1)
grep -qF "<title>$title</title>" "$out/dom.html" || fail "the rendered page is not the report (an error page?)"
if grep -q 'Not available:' "$out/dom.html"; then
  fail "a headline section of the sample is not available: $(grep -o 'Not available:[^.]*' "$out/dom.html" | head -3)"
fi
# A console message is an error, a blocked load (the page must need nothing from outside) or a log
# from a script (the page has none).
if grep -qE 'CONSOLE|Refused to|Content Security Policy|Uncaught' "$out/chromium.log"; then
  fail "the browser reported: $(grep -E 'CONSOLE|Refused to|Content Security Policy|Uncaught' "$out/chromium.log" | head -3)"
fi
if grep -q 'parsererror' "$out/dom.html"; then
  fail "the browser could not parse part of the page"
fi
[ -s "$out/report.png" ] && [ "$(stat -c %s "$out/report.png")" -gt 20000 ] || fail "no screenshot, or an empty one"

echo "check-html-report: $rendered_svgs charts rendered; files in $out (look at report.png)"
if [ "$failures" -gt 0 ]; then
  echo "check-html-report: $failures checks failed" >&2
  exit 1
fi
echo "check-html-report: ok"
