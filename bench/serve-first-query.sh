#!/usr/bin/env bash
# Time from launching `legkg serve` (store already current) to its first answered SPARQL query, N runs.
# Usage: bench/serve-first-query.sh [RUNS=5] [PORT=3999]
set -euo pipefail
runs="${1:-5}"
port="${2:-3999}"
root="$(cd "$(dirname "$0")/.." && pwd)"
store="$(mktemp -d)/store"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$(dirname "$store")"' EXIT
"$root/legkg" build --store "$store" >/dev/null   # a current store: serve must not rebuild
query='SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D'
# One untimed launch first: after a program build, the first `serve` records the launcher's class-data-sharing
# archive (target/cds/serve.jsa), as a user's first run does; the timed runs are the ones after it.
times=()
for i in $(seq 0 "$runs"); do
  t0=$(date +%s%N)
  "$root/legkg" serve --store "$store" --port "$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/sparql?query=$query"; then break; fi
    sleep 0.02
  done
  t1=$(date +%s%N)
  [[ $i -gt 0 ]] && times+=("$(( (t1 - t0) / 1000000 ))")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "legkg serve, launch to first answer ($runs runs, ms): ${times[*]}"
echo "median: ${sorted[$(( runs / 2 ))]} ms"
