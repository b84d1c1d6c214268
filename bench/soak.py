#!/usr/bin/env python3
"""Soak client for `legkg serve`: N clients for a fixed time, well-behaved and hostile, then a report.

Run through bench/soak.sh, which builds the seed store, starts the server on a free loopback port and stops
it afterwards. Python 3, standard library only. Only the given base URL (127.0.0.1) is contacted; every loop
is bounded in time (--duration, then at most --request-timeout for the requests still open).

Clients keep one role for the whole run:
  well-behaved  loop over /api (canned queries with their example values), /id pages (HTML or Turtle),
                small /sparql queries and /$/ping; their latencies make the p50/p99
  runaway       SELECT * over a three-way cartesian product of every triple (streams until the timeout)
  sort          a two-way cartesian product under ORDER BY (holds every row in memory to sort it)
  gzip-comment  POST /sparql, Content-Encoding: gzip, a 49 KB body that inflates to a 50 MB comment
  gzip-zeros    POST /sparql, Content-Encoding: gzip, a 1 MB body that inflates to 1 GB of zero bytes
"""
import argparse
import http.client
import json
import os
import random
import threading
import time
import urllib.parse
import zlib

STREAMING = "SELECT * { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 }"
SORTING = "SELECT * { ?s ?p ?o . ?s2 ?p2 ?o2 } ORDER BY ?o ?o2"
JSON_RESULTS = "application/sparql-results+json"
LKD = "https://w3id.org/legkg/id/"
SMALL_QUERIES = [
    "ASK {}",
    "PREFIX lk: <https://w3id.org/legkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "SELECT ?s ?label { ?s a lk:Symptom ; rdfs:label ?label } ORDER BY ?label LIMIT 50",
    "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/legkg/graph/inferred> { ?s ?p ?o } }",
    "PREFIX lk: <https://w3id.org/legkg/ontology#>\n"
    "SELECT ?d ?s { ?d lk:causesSymptom ?s } LIMIT 100",
]
# the well-behaved mix: kind -> weight
MIX = {"api": 35, "id": 35, "sparql": 20, "ping": 10}
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


# ---------------------------------------------------------------------------------------------- the server

def java_pid(pid):
    """The JVM of the server: the launcher execs java, or (recording its CDS archive) runs it as a child."""
    def comm(p):
        try:
            with open("/proc/%d/comm" % p) as f:
                return f.read().strip()
        except OSError:
            return ""
    if comm(pid) == "java":
        return pid
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    st = f.read()
            except OSError:
                continue
            if int(st[st.rfind(")") + 2:].split()[1]) == pid and comm(int(entry)) == "java":
                return int(entry)
    return pid


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def cpu_s(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read()
        rest = st[st.rfind(")") + 2:].split()
        return (int(rest[11]) + int(rest[12])) / CLK_TCK
    except OSError:
        return float("nan")


# ---------------------------------------------------------------------------------------------- HTTP

class Result:
    __slots__ = ("kind", "status", "seconds", "nbytes", "complete")

    def __init__(self, kind, status, seconds, nbytes=0, complete=True):
        self.kind, self.status, self.seconds, self.nbytes, self.complete = kind, status, seconds, nbytes, complete


class Client:
    """One keep-alive connection; reconnects after any failure."""

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = None

    def request(self, kind, method, path, body=None, headers=None, check_json_end=False):
        t0 = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            n, tail = 0, b""
            while True:
                chunk = r.read(65536)
                if not chunk:
                    break
                n += len(chunk)
                tail = (tail + chunk)[-64:]
            complete = True
            if check_json_end and r.status == 200:
                # A JSON document ends with '}'; the runaway answer cut by the timeout ends with a text banner.
                complete = tail.rstrip().endswith(b"}")
            if r.getheader("Connection", "").lower() == "close":
                self.close()
            return Result(kind, r.status, time.monotonic() - t0, n, complete)
        except (OSError, http.client.HTTPException) as e:
            self.close()
            status = "timeout" if "timed out" in str(e) else "conn:" + type(e).__name__
            return Result(kind, status, time.monotonic() - t0, 0, False)

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None


def sparql_get(query):
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def discover(host, port):
    """The /api calls (each canned query with its example values) and the names of the /id pages."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    conn.request("GET", "/api", headers={"Accept": "application/json"})
    spec = json.loads(conn.getresponse().read())
    api = []
    for path, item in spec["paths"].items():
        if not path.startswith("/api/"):
            continue
        pairs = []
        for p in item.get("get", {}).get("parameters", []):
            ex = p.get("example", p.get("schema", {}).get("example"))
            for v in ([] if ex is None else ex if isinstance(ex, list) else [ex]):
                pairs.append((p["name"], str(v)))
        api.append(path + ("?" + urllib.parse.urlencode(pairs) if pairs else ""))
    q = ("SELECT DISTINCT ?s { GRAPH <https://w3id.org/legkg/graph/data> { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?s), \"%s\")) } ORDER BY ?s" % LKD)
    conn.request("GET", sparql_get(q), headers={"Accept": JSON_RESULTS})
    rows = json.loads(conn.getresponse().read())["results"]["bindings"]
    conn.close()
    return api, [r["s"]["value"][len(LKD):] for r in rows]


# ---------------------------------------------------------------------------------------------- clients

def gzip_repeated(head, byte, count):
    """gzip of head + count copies of one byte, made a MiB at a time (the zero bomb would be 1 GiB in memory)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip framing
    out = [z.compress(head)]
    block = byte * (1 << 20)
    for _ in range(count >> 20):
        out.append(z.compress(block))
    out.append(z.compress(byte * (count & ((1 << 20) - 1))))
    out.append(z.flush())
    return b"".join(out)


def gzip_bodies():
    return gzip_repeated(b"ASK {}\n#", b"x", 50 << 20), gzip_repeated(b"", b"\0", 1 << 30)


def run(args):
    host, port = args.host, args.port
    pid = java_pid(args.pid)
    log("server JVM pid %d; building the gzip bodies" % pid)
    comment_bomb, zero_bomb = gzip_bodies()
    log("gzip bodies: comment %d KB (inflates to 50 MB), zeros %d KB (inflates to 1 GB)"
        % (len(comment_bomb) >> 10, len(zero_bomb) >> 10))
    api, ids = discover(host, port)
    log("%d /api calls, %d /id pages" % (len(api), len(ids)))

    hostile = ([("runaway", None)] * args.runaway + [("sort", None)] * args.sort
               + [("gzip-comment", comment_bomb)] * args.gzip_comment + [("gzip-zeros", zero_bomb)] * args.gzip_zeros)
    n_good = args.clients - len(hostile)
    if n_good < 1:
        raise SystemExit("soak.py: --clients must exceed the hostile clients (%d)" % len(hostile))
    results, lock = [], threading.Lock()
    stop_at = time.monotonic() + args.duration

    def well_behaved(seed):
        rnd = random.Random(seed)
        c = Client(host, port, args.request_timeout)
        kinds, weights = list(MIX), list(MIX.values())
        mine = []
        while time.monotonic() < stop_at:
            kind = rnd.choices(kinds, weights)[0]
            if kind == "api":
                r = c.request("api", "GET", rnd.choice(api), headers={"Accept": "application/json"})
            elif kind == "id":
                accept = rnd.choice(["text/html", "text/turtle"])
                r = c.request("id", "GET", "/id/" + urllib.parse.quote(rnd.choice(ids)), headers={"Accept": accept})
            elif kind == "sparql":
                r = c.request("sparql", "GET", sparql_get(rnd.choice(SMALL_QUERIES)), headers={"Accept": JSON_RESULTS},
                              check_json_end=True)
            else:
                r = c.request("ping", "GET", "/$/ping")
            mine.append(r)
        c.close()
        with lock:
            results.extend(mine)

    def hostile_client(kind, body):
        c = Client(host, port, args.request_timeout)
        mine = []
        while time.monotonic() < stop_at:
            if kind == "runaway":
                r = c.request(kind, "GET", sparql_get(STREAMING), headers={"Accept": JSON_RESULTS}, check_json_end=True)
            elif kind == "sort":
                r = c.request(kind, "GET", sparql_get(SORTING), headers={"Accept": JSON_RESULTS}, check_json_end=True)
            else:
                r = c.request(kind, "POST", "/sparql", body=body,
                              headers={"Content-Type": "application/sparql-query", "Content-Encoding": "gzip",
                                       "Accept": JSON_RESULTS})
            mine.append(r)
            c.close()  # a fresh connection each time, as an attacker would not wait for keep-alive
        with lock:
            results.extend(mine)

    samples = []  # (t, rss MB, cpu s)

    def sampler():
        t0 = time.monotonic()
        while time.monotonic() < stop_at + args.request_timeout + args.settle + 5:
            samples.append((time.monotonic() - t0, rss_mb(pid), cpu_s(pid)))
            time.sleep(1.0)

    rss_before, cpu0 = rss_mb(pid), cpu_s(pid)
    client_cpu0 = os.times()
    threads = [threading.Thread(target=well_behaved, args=(i,), daemon=True) for i in range(n_good)]
    threads += [threading.Thread(target=hostile_client, args=h, daemon=True) for h in hostile]
    sampling = threading.Thread(target=sampler, daemon=True)
    log("%d clients for %d s: %d well-behaved, %d runaway, %d sort, %d gzip-comment, %d gzip-zeros; request timeout %d s"
        % (args.clients, args.duration, n_good, args.runaway, args.sort, args.gzip_comment, args.gzip_zeros,
           args.request_timeout))
    t_start = time.monotonic()
    sampling.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.duration + args.request_timeout + 30)
    t_load = time.monotonic() - t_start
    alive = sum(t.is_alive() for t in threads)
    peak = max((s[1] for s in samples), default=float("nan"))
    cpu_end = cpu_s(pid)
    client_cpu = sum(os.times()[:2]) - sum(client_cpu0[:2])
    log("load over after %.1f s%s; settling %d s" % (t_load, ", %d clients still waiting" % alive if alive else "",
                                                      args.settle))
    time.sleep(args.settle)
    rss_after, cpu_after = rss_mb(pid), cpu_s(pid)
    peak = max([peak, rss_after])
    with lock:
        done = list(results)
    report(args, done, t_load, rss_before, peak, rss_after, cpu_end - cpu0, (cpu_after - cpu_end) / args.settle,
           client_cpu, alive)


# ---------------------------------------------------------------------------------------------- report

def pct(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


def ok(r):
    return isinstance(r.status, int) and 200 <= r.status < 400 and r.complete


def statuses(rs):
    counts = {}
    for r in rs:
        key = str(r.status) if r.complete or not isinstance(r.status, int) else "%s-broken" % r.status
        counts[key] = counts.get(key, 0) + 1
    return ", ".join("%s: %d" % kv for kv in sorted(counts.items()))


def report(args, results, t_load, rss_before, rss_peak, rss_after, server_cpu, busy_after, client_cpu, alive):
    good_kinds = list(MIX)
    good = [r for r in results if r.kind in good_kinds]
    lines = ["", "## soak: %d clients, %d s, serve --timeout %d, request timeout %d s"
             % (args.clients, args.duration, args.query_timeout, args.request_timeout), "",
             "| requests | kind | statuses (`-broken`: 200 whose JSON does not end) | p50 ms | p99 ms | max ms |",
             "|---:|---|---|---:|---:|---:|"]
    for kind in good_kinds + ["runaway", "sort", "gzip-comment", "gzip-zeros"]:
        rs = [r for r in results if r.kind == kind]
        if not rs:
            continue
        secs = [r.seconds * 1000 for r in rs]
        lines.append("| %d | %s | %s | %.0f | %.0f | %.0f |" % (len(rs), kind, statuses(rs), pct(secs, 50), pct(secs, 99),
                                                              max(secs)))
    good_ok = [r.seconds * 1000 for r in good if ok(r)]
    errors = [r for r in good if not ok(r)]
    lines += ["",
              "- requests: %d (%d well-behaved, %.0f/s over the %d s; %d hostile); the last answer or client timeout "
              "came %.1f s after the start" % (len(results), len(good), len(good) / args.duration, args.duration,
                                               len(results) - len(good), t_load),
              "- well-behaved answered: p50 %.0f ms, p99 %.0f ms (successful ones); errors %d (%s)"
              % (pct(good_ok, 50), pct(good_ok, 99), len(errors), statuses(errors) or "none"),
              "- errors by status, all requests: %s" % (statuses([r for r in results if not ok(r)]) or "none"),
              "- server RSS: before %.0f MB, peak %.0f MB, after %.0f MB (%d s after the load)"
              % (rss_before, rss_peak, rss_after, args.settle),
              "- server CPU: %.0f s during the load; %.2f cores busy in the %d s after it%s"
              % (server_cpu, busy_after, args.settle, " (work left running)" if busy_after > 0.2 else ""),
              "- client CPU (this script): %.1f s%s" % (client_cpu, "; %d clients still waiting at the end" % alive if alive else "")]
    print("\n".join(lines), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True, help="the server's PID (the launcher's or the JVM's)")
    ap.add_argument("--clients", type=int, default=64)
    ap.add_argument("--duration", type=int, default=60, help="seconds of load (default 60)")
    ap.add_argument("--runaway", type=int, default=3)
    ap.add_argument("--sort", type=int, default=2)
    ap.add_argument("--gzip-comment", type=int, default=2)
    ap.add_argument("--gzip-zeros", type=int, default=1)
    ap.add_argument("--request-timeout", type=int, default=30, help="seconds a client waits for one answer")
    ap.add_argument("--settle", type=int, default=10, help="seconds after the load before RSS is read again")
    ap.add_argument("--query-timeout", type=int, default=5, help="the server's --timeout (for the report)")
    args = ap.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("soak.py: loopback only")
    run(args)


if __name__ == "__main__":
    main()
