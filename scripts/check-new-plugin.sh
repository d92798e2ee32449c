#!/usr/bin/env bash
# Checks that `copro new-plugin` gives a plugin author a green, CLI-visible plugin in one command:
# writes a project with it, builds the project with Maven (`verify`, its tests must run and pass)
# against this checkout's freshly built artifacts, and evaluates the bundled sample with the jar it
# built, expecting the plugin's metric and rule in the JSON report and no plugin failure.
#
# usage: scripts/check-new-plugin.sh [MAVEN_OPTION…]   e.g. scripts/check-new-plugin.sh -o  (offline)
#
# The options go to every Maven run. copro's artifacts are installed into a temporary local
# repository, never into ~/.m2: it is the head of a chained local repository whose tail,
# ~/.m2/repository (or $MAVEN_REPO_TAIL), is read for everything else (Maven 3.9's
# maven.repo.local.tail), so once `./mvnw -B verify` has run the check also works offline. Everything
# is written under a new folder in ${TMPDIR:-/tmp}, deleted at the end whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/copro-new-plugin.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
id=org.example.checked-metric
maven=("$root/mvnw" -B "-Dmaven.repo.local=$tmp/m2" "-Dmaven.repo.local.tail=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}" "$@")

fail() {
  echo "check-new-plugin: $*" >&2
  exit 1
}

echo "== copro's artifacts, into $tmp/m2"
"${maven[@]}" -q -Dquick -pl '!benchmarks' install -DskipTests
copro=(java -jar "$root/copro-cli/target/copro.jar")

echo "== copro new-plugin"
"${copro[@]}" new-plugin "$tmp/plugin" --id "$id"

echo "== mvn verify in the plugin project"
if ! "${maven[@]}" -f "$tmp/plugin/pom.xml" verify > "$tmp/build.log" 2>&1; then
  cat "$tmp/build.log" >&2
  fail "the generated project does not build"
fi
# Surefire's summary: "Tests run: 48, Failures: 0, Errors: 0, Skipped: 0".
summary=$(grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures' "$tmp/build.log" | tail -n 1 || true)
ran=$(sed -E 's/.*Tests run: ([0-9]+),.*/\1/' <<< "$summary")
[[ -n "$summary" && "$ran" -gt 0 ]] || { cat "$tmp/build.log" >&2; fail "no test ran in the generated project"; }
echo "$summary"
jars=("$tmp"/plugin/target/*.jar)
[[ ${#jars[@]} -eq 1 && -f "${jars[0]}" ]] || fail "expected one jar in $tmp/plugin/target, found: ${jars[*]}"

echo "== copro evaluate --plugins ${jars[0]}"
"${copro[@]}" evaluate --plugins "$tmp/plugin/target" --format json --fail-on-plugin-failure > "$tmp/report.json" \
  || fail "copro evaluate with the plugin exited $? (4: a plugin failed)"
grep -Eq "\"id\" ?: ?\"$id\"" "$tmp/report.json" || fail "the metric $id is not in the report"
grep -Eq "\"id\" ?: ?\"$id-rule\"" "$tmp/report.json" || fail "the rule $id-rule is not in the report"
# It names a principle and has thresholds, so the scorecard rates it with the others (by the name the
# generated descriptor gives it).
grep -Eq "rated metrics?: [^\"]*Activities the bloc attended \((green|amber|red)\)" "$tmp/report.json" \
  || fail "the principle scorecard does not count the metric $id"
echo "check-new-plugin: $id built with $ran tests run and evaluated by copro.jar"
