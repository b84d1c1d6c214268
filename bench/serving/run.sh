#!/usr/bin/env bash
# LegKG serving benchmark: every canned query against stock Fuseki with OWLMicro (a), stock Fuseki on the
# materialised store (b) and Virtuoso 7 (c), at seed scale and on generated 1M-triple data, in one run.
#   bench/serving/run.sh [--scale seed|1m|both] [--duration 10] [--warmup 3] [--peers a,b,c] [--queries q1,q2]
#   (LEGKG_BENCH_BUILD=DIR: the Maven build directory, default /tmp/bench-target; bench.py --help for the rest)
# Results: bench/out/serving.md and bench/out/serving.csv (see bench/serving/README.md).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/bench/out"
build="${LEGKG_BENCH_BUILD:-/tmp/bench-target}"     # our own Maven build directory: others build in target/
mkdir -p "$out/tools"

# Tools, installed when missing (Debian packages need root; the Virtuoso service must not start).
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v virtuoso-t >/dev/null || need_apt+=(virtuoso-opensource)
if (( ${#need_apt[@]} )); then
  if [[ $(id -u) -ne 0 ]]; then echo "run.sh: install ${need_apt[*]} (apt-get) or run as root" >&2; exit 2; fi
  apt-get update -qq
  had_policy=0; [[ -e /usr/sbin/policy-rc.d ]] && had_policy=1
  if (( ! had_policy )); then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" || true
  (( had_policy )) || rm -f /usr/sbin/policy-rc.d
fi
command -v wrk >/dev/null || { echo "run.sh: wrk is required" >&2; exit 3; }
virtuoso=()
if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then virtuoso=(--virtuoso); else echo "run.sh: Virtuoso did not install: (c) is skipped" >&2; fi

fuseki="$out/tools/jena-fuseki-server-5.6.0.jar"
if [[ ! -f "$fuseki" ]]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$out/tools"
fi

# The program, from our own build directory (tests are not compiled: colleagues' work in progress must not
# stop the benchmark), and the two bench entry points from src/test compiled against it. As ./legkg does, the
# program is rebuilt only when pom.xml or src/main is newer than the jar: every package stamps a new build id
# into the jar, which would make `legkg build` rebuild the stores (minutes at 1M) on every invocation.
if [[ ! -f "$build/legkg.jar" || ! -d "$build/lib" ]] \
   || [[ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$build/legkg.jar" -print -quit)" ]]; then
  (cd "$root" && mvn -B -q -Dlegkg.buildDir="$build" -Dmaven.test.skip=true package)
fi
mkdir -p "$build/bench-classes"
javac -nowarn -d "$build/bench-classes" -cp "$build/legkg.jar:$build/lib/*" \
  "$root/src/test/java/org/w3id/legkg/bench/ScaleDataGenerator.java" \
  "$root/src/test/java/org/w3id/legkg/bench/BenchQueries.java"

# LegKG is launched through ./legkg (a copy whose target/ is $build), as its users launch it
exec python3 "$here/bench.py" --jar "$build/legkg.jar" --lib "$build/lib" --bench-classes "$build/bench-classes" \
  --launcher "$root/legkg" --fuseki "$fuseki" "${virtuoso[@]}" "$@"
