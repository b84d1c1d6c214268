#!/usr/bin/env bash
# Whole-process timing of `legkg build --force` (JVM start included), N runs, median and all runs.
# Usage: bench/build-time.sh [RUNS=5] [PROJECT_DIR=repo root]
# Env:   LEGKG_BENCH_JAR  run this legkg.jar (java -jar) instead of the ./legkg launcher, e.g. to compare two builds
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
project="${2:-$root}"
store="$(mktemp -d)/store"
trap 'rm -rf "$(dirname "$store")"' EXIT
if [[ -n "${LEGKG_BENCH_JAR:-}" ]]; then legkg=(java -jar "$LEGKG_BENCH_JAR"); else legkg=("$root/legkg"); fi
"${legkg[@]}" --version >/dev/null           # make sure the jar is built before timing
# One untimed build first: after a program build, the launcher's first `build` records its class-data-sharing
# archive (target/cds/build.jsa), as a user's first run does; the timed runs are the ones after it.
"${legkg[@]}" build --force --project "$project" --store "$store" >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  "${legkg[@]}" build --force --project "$project" --store "$store" >/dev/null
  t1=$(date +%s%N)
  times+=("$(( (t1 - t0) / 1000000 ))")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "legkg build --force ($runs runs, ms): ${times[*]}"
echo "median: ${sorted[$(( runs / 2 ))]} ms"
