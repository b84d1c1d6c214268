#!/usr/bin/env bash
# Soak test of `legkg serve` (not part of `mvn verify`): 64 clients for 60 s against the seed store, mixing
# /api, /id, small /sparql queries and /$/ping with runaway queries and gzip-bomb request bodies; reports the
# requests, errors by status, p50/p99 of the well-behaved requests and the server's RSS before and after.
#   bench/soak.sh [--duration 60] [--clients 64] [--timeout 5] [soak.py options, e.g. --runaway 3 --gzip-zeros 1]
# The server is `./legkg serve --timeout T` (the launcher as users start it; LEGKG_JAVA_OPTS as usual) on a free
# 127.0.0.1 port, over bench/out/soak/store (built from the checkout's ontology/ data/ shapes/ queries/).
# Its log: bench/out/soak/serve.log. Only loopback is contacted; the server is stopped by its PID at the end.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/bench/out/soak"
mkdir -p "$out"

timeout=5
args=()
while (( $# )); do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

command -v python3 >/dev/null || { echo "soak.sh: python3 is required" >&2; exit 3; }
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

# The store first, untimed (and the program, if ./legkg finds it stale): serve must not build under the load.
"$root/legkg" build --project "$root" --store "$out/store" > "$out/build.log" 2>&1 \
  || { echo "soak.sh: legkg build failed:" >&2; tail -20 "$out/build.log" >&2; exit 3; }

"$root/legkg" serve --project "$root" --store "$out/store" --host 127.0.0.1 --port "$port" --timeout "$timeout" \
  > "$out/serve.log" 2>&1 &
pid=$!
stop() {
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true     # still there after 20 s (a worker stuck inflating a bomb)
  fi
  wait "$pid" 2>/dev/null || true
}
trap stop EXIT INT TERM

# Ready: /$/ping answers, then the start-up work (label index, pages, cache warm-up) is over, when the server's
# CPU use drops (bounded: 180 s).
for _ in $(seq 1 900); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/\$/ping" && break
  kill -0 "$pid" 2>/dev/null || { echo "soak.sh: serve exited:" >&2; tail -20 "$out/serve.log" >&2; exit 3; }
  sleep 0.2
done
python3 -B -c '
import sys, time
sys.path.insert(0, sys.argv[1])
import soak
pid = soak.java_pid(int(sys.argv[2]))
t0, quiet, last = time.time(), 0, soak.cpu_s(pid)
while time.time() - t0 < 180 and quiet < 4:
    time.sleep(0.5)
    now = soak.cpu_s(pid)
    quiet = quiet + 1 if now - last < 0.05 else 0
    last = now
print("soak.sh: server idle after %.0f s" % (time.time() - t0))
' "$here" "$pid"

echo "soak.sh: $(git -C "$root" log -1 --format='%h %s' 2>/dev/null || echo '?'); serve --timeout $timeout on 127.0.0.1:$port (pid $pid)"
echo "soak.sh: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1)"
python3 "$here/soak.py" --port "$port" --pid "$pid" --query-timeout "$timeout" ${args[@]+"${args[@]}"}
if ! kill -0 "$pid" 2>/dev/null; then echo "soak.sh: the server died during the soak (bench/out/soak/serve.log)"; fi
