#!/usr/bin/env bash
# The long run of the reliability suite: builds, runs Tests/ReliabilityTests with 1,000 SIGKILL rounds
# (CI runs 100) and 8 clones syncing at once for 6 rounds (CI runs 3; AGENDA_SYNC_CLONES and
# AGENDA_SYNC_ROUNDS change them); the other tests run as in CI: 4 writers of 300 edits, 1,000 saves
# under a reader, the hostile files. Then it prints how long each test took and a table of every figure
# the suite printed.
#
# Usage: Benchmarks/reliability.sh [ROUNDS]     (default 1000; the figures' lines are `reliability: what: n`)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-1000}"
log="$(mktemp -t agenda-reliability.XXXXXX)"
trap 'rm -f "$log"' EXIT

started=$(date +%s)
echo "reliability: building"
swift build --build-tests 2>&1 | tail -n 1
built=$(date +%s)

sync_clones="${AGENDA_SYNC_CLONES:-8}"
sync_rounds="${AGENDA_SYNC_ROUNDS:-6}"
echo "reliability: swift test --filter ReliabilityTests, AGENDA_RELIABILITY_ROUNDS=$rounds," \
  "AGENDA_SYNC_CLONES=$sync_clones AGENDA_SYNC_ROUNDS=$sync_rounds"
status=0
AGENDA_RELIABILITY_ROUNDS="$rounds" AGENDA_SYNC_CLONES="$sync_clones" AGENDA_SYNC_ROUNDS="$sync_rounds" \
  swift test --skip-build --filter ReliabilityTests >"$log" 2>&1 || status=$?
finished=$(date +%s)

echo
echo "Time per test"
grep -E "^Test Case '.*' (passed|failed) \(" "$log" \
  | sed -E "s/^Test Case '([^']*)' (passed|failed) \(([0-9.]+) seconds\).*/\3 \2 \1/" \
  | awk '{ printf "  %8.1f s  %-6s  %s\n", $1, $2, $3 }'
echo "  build: $((built - started)) s, tests: $((finished - built)) s"

echo
echo "Figures (AGENDA_RELIABILITY_ROUNDS=$rounds, AGENDA_SYNC_CLONES=$sync_clones, AGENDA_SYNC_ROUNDS=$sync_rounds)"
grep -E "^reliability: " "$log" | sed -E 's/^reliability: (.*): ([^:]*)$/\1\t\2/' \
  | awk -F'\t' '{ printf "  %-80s %10s\n", $1, $2 }'

if [ "$status" -ne 0 ]; then
  echo
  echo "reliability: the suite FAILED (status $status); its failures:" >&2
  grep -E "error:|failed" "$log" | head -n 40 >&2
  exit "$status"
fi
echo
echo "reliability: all passed"
