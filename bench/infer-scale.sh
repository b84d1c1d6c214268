#!/usr/bin/env bash
# Scale benchmark of the build with materialised inference (not part of `mvn verify`).
# Generates a project whose data has the shape of data/ at TRIPLES data triples (ScaleDataGenerator),
# times materialisation alone (InferBench), then a whole `legkg build --force` pinned to 2 cores.
# Usage: bench/infer-scale.sh [TRIPLES=1000000] [OUT_DIR=/tmp/legkg-bench-TRIPLES]
# Env:   LEGKG_BENCH_BUILD  Maven build directory (default /tmp/legkg-bench-target, so target/ is untouched)
#        LEGKG_BENCH_HEAP   JVM heap (default 4g)      LEGKG_BENCH_CORES  CPU list for taskset (default 0,1)
set -euo pipefail
triples="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${2:-/tmp/legkg-bench-$triples}"
build="${LEGKG_BENCH_BUILD:-/tmp/legkg-bench-target}"
heap="${LEGKG_BENCH_HEAP:-4g}"
cores="${LEGKG_BENCH_CORES:-0,1}"

echo "== compiling (mvn package, tests skipped) into $build" >&2
(cd "$root" && mvn -B -q -Dlegkg.buildDir="$build" -DskipTests package >&2)
cp="$build/test-classes:$build/legkg.jar"

echo "== generating $triples data triples into $out"
java -cp "$cp" org.w3id.legkg.bench.ScaleDataGenerator --source "$root" --out "$out" --triples "$triples"

echo "== materialisation alone (parse once, materialise 1 + 3 times)"
taskset -c "$cores" java -Xmx"$heap" -cp "$cp" org.w3id.legkg.bench.InferBench "$out" 3

echo "== whole build: legkg build --force on CPUs $cores"
/usr/bin/time -f "process: wall %e s, user %U s, sys %S s, max RSS %M KB" \
  taskset -c "$cores" java -Xmx"$heap" -jar "$build/legkg.jar" build --force --project "$out" --store "$out/store"
