#!/usr/bin/env bash
# Scale benchmark of the build with materialised inference (not part of `mvn verify`).
# For TRIPLES, generates a project whose data has the shape of data/ at that many data triples
# (ScaleDataGenerator); "seed" uses this project as it is. Then, pinned to 2 cores:
#   1. materialisation alone (InferBench: first run in a fresh JVM, then the median of 3 more),
#   2. the core steps parse, validate, infer, load in one JVM, wall and CPU time each (BuildStepsBench),
#   3. the whole `legkg build --force`, every step included, and the process's wall, CPU and memory.
# Usage: bench/infer-scale.sh [TRIPLES|seed] [OUT_DIR=/tmp/legkg-bench-TRIPLES]
# Env:   LEGKG_BENCH_BUILD  Maven build directory (default /tmp/legkg-bench-target, so target/ is untouched)
#        LEGKG_BENCH_HEAP   JVM heap (default 4g)      LEGKG_BENCH_CORES  CPU list for taskset (default 0,1)
set -euo pipefail
triples="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${LEGKG_BENCH_BUILD:-/tmp/legkg-bench-target}"
heap="${LEGKG_BENCH_HEAP:-4g}"
cores="${LEGKG_BENCH_CORES:-0,1}"
pin=(taskset -c "$cores" java -Xmx"$heap")

echo "== compiling (mvn package, tests skipped) into $build" >&2
(cd "$root" && mvn -B -q -Dlegkg.buildDir="$build" -DskipTests package >&2)
cp="$build/test-classes:$build/legkg.jar"

if [[ "$triples" == seed ]]; then
  project="$root"
  store="${2:-/tmp/legkg-bench-seed}/store"
else
  project="${2:-/tmp/legkg-bench-$triples}"
  store="$project/store"
  echo "== generating $triples data triples into $project"
  java -cp "$cp" org.w3id.legkg.bench.ScaleDataGenerator --source "$root" --out "$project" --triples "$triples"
fi

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. materialisation alone"
"${pin[@]}" -cp "$cp" org.w3id.legkg.bench.InferBench "$project" 3
echo "== 2. core build steps in one JVM"
"${pin[@]}" -cp "$cp" org.w3id.legkg.bench.BuildStepsBench "$project"
echo "== 3. whole build: legkg build --force"
/usr/bin/time -f "process: wall %e s, user %U s, sys %S s, max RSS %M KB" \
  "${pin[@]}" -Dlegkg.progress.cpu=true -jar "$build/legkg.jar" build --force --project "$project" --store "$store"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
