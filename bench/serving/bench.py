#!/usr/bin/env python3
"""LegKG serving benchmark: every canned query, LegKG against stock Fuseki (+OWLMicro, and materialised) and Virtuoso.

Run through bench/serving/run.sh, which installs the tools and builds the program first. Everything runs on
127.0.0.1, one server at a time; every wait and load loop is bounded in time and count; every process this
script starts is stopped by its PID when it is done (or when the script is interrupted).
"""
import argparse
import csv
import hashlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "bench", "out")
LUA = os.path.join(HERE, "request.lua")
LOG4J = os.path.join(HERE, "log4j2-warn.properties")
GRAPH = "https://w3id.org/legkg/graph/"
JSON_RESULTS = "application/sparql-results+json"
# GET when the URL-encoded query fits comfortably in a request line every server accepts, else form POST
MAX_GET_URL = 6000

STARTED = []  # every Popen this script made, stopped at exit


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, timeout, **kw):
    log("$", " ".join(cmd) if isinstance(cmd, list) else cmd)
    return subprocess.run(cmd, timeout=timeout, check=True, **kw)


def stop(proc, grace=20):
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def stop_all():
    for p in STARTED:
        stop(p, 10)


# ---------------------------------------------------------------------------------------------- HTTP

def http(url, data=None, headers=None, timeout=60.0):
    """(status, headers, body bytes); status 0 when the connection failed."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout) as e:
        return 0, {}, str(e).encode()


class Call:
    """One request as wrk and urllib send it: a URL, and a form body for long queries."""

    def __init__(self, url, body=None, accept=JSON_RESULTS):
        self.url, self.body, self.accept = url, body, accept

    def send(self, timeout=60.0, extra=None):
        h = {"Accept": self.accept}
        if self.body is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        h.update(extra or {})
        return http(self.url, self.body, h, timeout)


def sparql_call(endpoint, query_text):
    """The same query text for every server: GET with the URL-encoded query, or form POST when it is long."""
    enc = urllib.parse.urlencode({"query": query_text}, quote_via=urllib.parse.quote)
    if len(endpoint) + 1 + len(enc) <= MAX_GET_URL:
        return Call(endpoint + "?" + enc)
    return Call(endpoint, enc.encode())


# ---------------------------------------------------------------------------------------------- answers

def term_key(t):
    """A canonical form of one result term. Engines differ where SPARQL leaves them free, so: GROUP_CONCAT
    lists (separator " | ") compare as sorted lists, an empty string equals unbound, and booleans equal 1/0
    (Virtuoso answers EXISTS with an integer)."""
    if t is None:
        return "-"
    typ = t.get("type")
    v = t.get("value", "")
    if typ == "uri":
        return "<" + v + ">"
    if typ == "bnode":
        return "_:"  # labels differ between servers; rows with blank nodes compare by the rest
    dt = t.get("datatype")
    lang = t.get("xml:lang") or t.get("lang")
    if v == "" and not lang:
        return "-"
    if " | " in v:
        v = " | ".join(sorted(v.split(" | ")))
    if lang:
        return json.dumps(v) + "@" + lang.lower()
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        if dt.endswith("#boolean"):
            v, dt = {"true": "1", "false": "0"}.get(v, v), "num"
        if dt.endswith(("#integer", "#int", "#long", "#decimal")):
            dt = "num"
        return json.dumps(v) + "^^" + dt
    return json.dumps(v)


def answer_rows(body):
    """Rows of a SPARQL JSON result as canonical strings (order of variables as in head.vars)."""
    j = json.loads(body)
    if "boolean" in j:
        return [str(j["boolean"]).lower()]
    vars_ = j["head"]["vars"]
    return ["|".join(term_key(b.get(v)) for v in vars_) for b in j["results"]["bindings"]]


def digest(rows):
    return hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()[:12]


def multiset_missing(reference, rows):
    """How many rows of reference are not in rows (as multisets)."""
    from collections import Counter
    c = Counter(rows)
    missing = 0
    for r in reference:
        if c[r] > 0:
            c[r] -= 1
        else:
            missing += 1
    return missing


# ---------------------------------------------------------------------------------------------- idle

CLK_TCK = os.sysconf("SC_CLK_TCK")


def session_cpu_ticks(sids):
    """CPU ticks (user + system) used so far by every process in the given sessions (each server is started in
    a session of its own, so this covers the launcher script and the JVM or virtuoso-t it runs)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                st = f.read()
        except OSError:
            continue
        rest = st[st.rfind(")") + 2:].split()
        if int(rest[3]) in sids:        # field 6: session id
            total += int(rest[11]) + int(rest[12])  # fields 14, 15: utime, stime
    return total


def wait_idle(servers, limit_s, window=0.25, max_share=0.1, need=2):
    """Wait until the given servers together use less than max_share of one core over `need` consecutive
    windows, i.e. no request (nor a request wrk abandoned, nor a background task) is running on them.
    Returns the seconds waited; gives up after limit_s (logged)."""
    sids = {s.proc.pid for s in servers if s.proc is not None and s.proc.poll() is None}
    t0 = time.time()
    if not sids:
        return 0.0
    quiet, last = 0, session_cpu_ticks(sids)
    while time.time() - t0 < limit_s:
        time.sleep(window)
        now = session_cpu_ticks(sids)
        quiet = quiet + 1 if (now - last) / CLK_TCK < max_share * window else 0
        last = now
        if quiet >= need:
            return time.time() - t0
    log("  !! servers still busy after %.0f s: %s" % (limit_s, ", ".join(s.label for s in servers)))
    return time.time() - t0


# ---------------------------------------------------------------------------------------------- load

def wrk(call, conc, seconds, etag=None, timeout_s=60):
    env = dict(os.environ)
    env["WRK_ACCEPT"] = call.accept
    env.pop("WRK_BODY_FILE", None)
    env.pop("WRK_IF_NONE_MATCH", None)
    body_file = None
    if call.body is not None:
        body_file = os.path.join(OUT, ".wrk-body-%d" % os.getpid())
        with open(body_file, "wb") as f:
            f.write(call.body)
        env["WRK_BODY_FILE"] = body_file
    if etag:
        env["WRK_IF_NONE_MATCH"] = etag
    cmd = ["wrk", "-t1", "-c%d" % conc, "-d%ds" % seconds, "--timeout", "%ds" % timeout_s, "-s", LUA, call.url]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + timeout_s + 30)
    finally:
        if body_file:
            os.unlink(body_file)
    for line in p.stdout.splitlines():
        if line.startswith("WRKJSON "):
            return json.loads(line[8:])
    raise RuntimeError("wrk printed no result: " + p.stdout + p.stderr)


def slow_load(call, conc, seconds, per_request_timeout):
    """For queries too slow for wrk's window: conc threads, each sending requests one after another until
    the deadline (each thread finishes at least one request, within per_request_timeout)."""
    lat, errors = [], [0]
    lock = threading.Lock()
    t0 = time.time()
    deadline = t0 + seconds

    def worker():
        n = 0
        while n == 0 or time.time() < deadline:
            s = time.time()
            st, _, _ = call.send(timeout=per_request_timeout)
            with lock:
                if 200 <= st < 300:
                    lat.append(time.time() - s)
                else:
                    errors[0] += 1
            n += 1
            if time.time() - t0 > per_request_timeout or st == 0:
                break

    ts = [threading.Thread(target=worker, daemon=True) for _ in range(conc)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(per_request_timeout + seconds + 30)
    el = time.time() - t0
    lat.sort()
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1e6 if lat else 0
    return {"requests": len(lat) + errors[0], "duration_us": int(el * 1e6), "p50_us": int(pct(0.5)),
            "p99_us": int(pct(0.99)), "err_status": errors[0], "err_timeout": 0, "err_connect": 0,
            "err_read": 0, "err_write": 0, "slow": True}


def measure(call, conc, seconds, warmup, slow_timeout, etag=None, idle=lambda: 0.0):
    """idle() waits until the servers are idle; it runs before the warm-up and before the measured window."""
    waited = idle()
    if warmup > 0:
        wrk(call, conc, warmup, etag, timeout_s=slow_timeout)
        waited += idle()
    r = wrk(call, conc, seconds, etag, timeout_s=slow_timeout)
    r["idle_wait_s"] = waited
    ok = r["requests"] - r["err_status"]
    if ok < max(3, conc):
        if conc > 1:
            return None  # fewer answers than connections: no load figure (the c1 figure stands)
        # too slow for wrk's window: time whole requests
        waited += idle()
        r = slow_load(call, conc, max(seconds, 5), slow_timeout)
        r["idle_wait_s"] = waited
    r["ok"] = r["requests"] - r["err_status"]
    r["rps"] = r["ok"] / (r["duration_us"] / 1e6) if r["duration_us"] else 0.0
    return r


# ---------------------------------------------------------------------------------------------- servers

class Server:
    def __init__(self, key, label, workdir):
        self.key, self.label, self.workdir = key, label, workdir
        self.proc = None
        self.port = free_port()
        self.launched = None

    def endpoint(self):
        raise NotImplementedError

    def launch(self):
        raise NotImplementedError

    def start_process(self, cmd, env=None, logname=None):
        logf = open(os.path.join(self.workdir, (logname or self.key) + ".log"), "w")
        self.launched = time.time()
        self.proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, cwd=self.workdir,
                                     start_new_session=True)
        STARTED.append(self.proc)

    def stop(self, grace=20):
        stop(self.proc, grace)

    def call(self, q):
        return sparql_call(self.endpoint(), q["text"])

    def first_answer(self, q, limit_s):
        """Seconds from launch to the first complete answer of q (polling every 50 ms, bounded)."""
        call = self.call(q)
        while time.time() - self.launched < limit_s:
            if self.proc.poll() is not None:
                raise RuntimeError("%s exited with %s (see its log in %s)" % (self.label, self.proc.returncode, self.workdir))
            st, _, body = call.send(timeout=max(1.0, limit_s - (time.time() - self.launched)))
            if 200 <= st < 300:
                return time.time() - self.launched, body
            time.sleep(0.05)
        raise RuntimeError("%s gave no answer within %d s" % (self.label, limit_s))


def java_cmd(heap, *rest):
    return ["java", "-Xmx" + heap, "-Xss4m", "-Dlog4j2.configurationFile=" + LOG4J, *rest]


# the launcher's flags for class-data sharing (./legkg): no CDS log lines on stdout
CDS_QUIET = ["-Xlog:disable", "-Xlog:all=warning,cds=off,cds+dynamic=off:stderr"]


def launcher_shim(launcher, build):
    """A copy of the ./legkg launcher whose target/ is the bench's build directory (never the checkout's
    target/, which others use). Its pom.xml and src/main are empty and old, so the launcher never rebuilds:
    it runs the bench's jar exactly as ./legkg runs target/legkg.jar, CDS archive included
    (BUILD/cds/serve.jsa, recorded by the first run of `serve` after the jar was built)."""
    d = os.path.join(OUT, "launcher")
    os.makedirs(os.path.join(d, "src", "main"), exist_ok=True)
    shutil.copyfile(launcher, os.path.join(d, "legkg"))
    os.chmod(os.path.join(d, "legkg"), 0o755)
    open(os.path.join(d, "pom.xml"), "w").close()
    for x in ("pom.xml", os.path.join("src", "main"), "src"):
        os.utime(os.path.join(d, x), (946684800, 946684800))  # 2000-01-01: older than any jar
    t = os.path.join(d, "target")
    if os.path.islink(t) or os.path.exists(t):
        os.unlink(t)
    os.symlink(build, t)
    return os.path.join(d, "legkg")


class LegKG(Server):
    """`legkg serve`, launched as a user launches it: through the ./legkg launcher (its class-data-sharing
    archive, its default cache warm-up), with the same heap and WARN logging as the other servers
    (LEGKG_JAVA_OPTS, which the launcher documents)."""

    def __init__(self, workdir, jar, launcher, project, store, heap):
        super().__init__("legkg", "LegKG", workdir)
        self.jar, self.launcher, self.project, self.store, self.heap = jar, launcher, project, store, heap
        self.timeout_s = 300
        self.cds = os.path.join(os.path.dirname(jar), "cds", "serve.jsa")

    def cds_current(self):
        """The launcher maps the archive only when it is newer than the jar; otherwise this launch records it."""
        return os.path.exists(self.cds) and os.path.getsize(self.cds) > 0 and os.path.getmtime(self.cds) > os.path.getmtime(self.jar)

    def endpoint(self):
        return "http://127.0.0.1:%d/sparql" % self.port

    def api_call(self, q):
        return Call("http://127.0.0.1:%d%s" % (self.port, q["api"]))

    def launch(self):
        env = dict(os.environ, LEGKG_HOME=self.project,
                   LEGKG_JAVA_OPTS="-Xss4m -Xmx%s -Dlog4j2.configurationFile=%s" % (self.heap, LOG4J))
        env.pop("LEGKG_CDS", None)
        self.start_process([self.launcher, "serve", "--project", self.project, "--store", self.store,
                            "--host", "127.0.0.1", "--port", str(self.port), "--timeout", str(self.timeout_s)], env)


class StockFuseki(Server):
    def __init__(self, key, label, workdir, jar, config, heap):
        super().__init__(key, label, workdir)
        self.jar, self.config, self.heap = jar, config, heap
        self.jvm_extra = []  # only for the extra CDS first-answer figure; the measured server runs without

    def endpoint(self):
        return "http://127.0.0.1:%d/ds/sparql" % self.port

    def launch(self):
        # as the distribution's fuseki-server script runs it: java $JVM_ARGS -jar fuseki-server.jar ARGS
        self.start_process(java_cmd(self.heap, *self.jvm_extra, "-jar", self.jar, "--localhost", "--port=%d" % self.port,
                                    "--config=" + self.config))


class Virtuoso(Server):
    def __init__(self, workdir, load_dir):
        super().__init__("virtuoso", "Virtuoso 7", workdir)
        self.sql_port = free_port()
        self.load_dir = load_dir
        self.ini = os.path.join(workdir, "virtuoso.ini")

    def endpoint(self):
        return "http://127.0.0.1:%d/sparql" % self.port

    def write_ini(self):
        d = self.workdir
        with open(self.ini, "w") as f:
            f.write(f"""[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{self.sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 20
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., {d}, {self.load_dir}, /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 256
MaxMemPoolSize = 200000000
PrefixResultNames = 0
MacSpotlight = 0
MaxQueryMem = 2G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000

[HTTPServer]
ServerPort = 127.0.0.1:{self.port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 20
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
DefaultMailServer = localhost:25
ServerThreads = 20
MaxKeepAlives = 20
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
MaintenancePage = atomic.html
EnabledGzipContent = 1

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[VDB]
ArrayOptimization = 0
NumArrayParameters = 10
VDBDisconnectTimeout = 1000
KeepConnectionInError = 0

[Replication]
ServerName = bench
ServerEnable = 0

[Striping]
Segment1 = 100M, db-seg1-1.db, db-seg1-2.db

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
DeferInferenceRulesInit = 0
""")

    def launch(self):
        self.start_process(["virtuoso-t", "+foreground", "+configfile", self.ini])

    def isql(self, sql, timeout):
        return subprocess.run(["isql-vt", "127.0.0.1:%d" % self.sql_port, "dba", "dba", "exec=" + sql],
                              capture_output=True, text=True, timeout=timeout)

    def wait_sql(self, limit_s):
        t0 = time.time()
        while time.time() - t0 < limit_s:
            if self.proc.poll() is not None:
                raise RuntimeError("virtuoso-t exited (see %s)" % self.workdir)
            try:
                with socket.create_connection(("127.0.0.1", self.sql_port), timeout=1):
                    r = self.isql("select 1;", 30)
                    if r.returncode == 0:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("virtuoso gave no SQL prompt within %d s" % limit_s)

    def load(self, limit_s):
        """Bulk-load every .nq file of load_dir (graphs from the quads), checkpoint; returns seconds."""
        t0 = time.time()
        for sql in ["ld_dir('%s', '*.nq', 'urn:bench:unused');" % self.load_dir, "rdf_loader_run();", "checkpoint;"]:
            r = self.isql(sql, limit_s)
            if r.returncode != 0 or "Error" in r.stdout:
                raise RuntimeError("isql %s: %s %s" % (sql, r.stdout, r.stderr))
        r = self.isql("select ll_file, ll_error from DB.DBA.load_list where ll_error is not null;", 60)
        if "nq" in r.stdout:
            raise RuntimeError("virtuoso load errors: " + r.stdout)
        return time.time() - t0

    def stop(self, grace=20):
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.isql("shutdown;", 60)
                self.proc.wait(60)
            except (subprocess.TimeoutExpired, OSError):
                pass
        stop(self.proc)


# ---------------------------------------------------------------------------------------------- configs

TEXT_INDEX = """
:text_dataset a text:TextDataset ; text:dataset {base} ; text:index :index .
# LegKG's own label index (a copy of the build's lucene/), with LegKG's entity map and English analyzer
:index a text:TextIndexLucene ;
    text:directory <file:{lucene}> ;
    text:storeValues true ;
    text:analyzer [ a text:LocalizedAnalyzer ; text:language "en" ] ;
    text:entityMap :entMap .
:entMap a text:EntityMap ;
    text:entityField "uri" ; text:defaultField "label" ; text:langField "lang" ;
    text:map ( [ text:field "label" ; text:predicate rdfs:label ]
               [ text:field "altLabel" ; text:predicate skos:altLabel ] ) .
"""

PREFIXES = """PREFIX :       <#>
PREFIX fuseki: <http://jena.apache.org/fuseki#>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
PREFIX text:   <http://jena.apache.org/text#>
[] rdf:type fuseki:Server ; fuseki:services ( :service ) ;
    ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "{timeout_ms}" ] .
:service rdf:type fuseki:Service ; fuseki:name "ds" ;
    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
    fuseki:dataset :text_dataset .
"""


def config_materialised(tdb, lucene, timeout_ms):
    return PREFIXES.replace("{timeout_ms}", str(timeout_ms)) + f"""
# (b) the materialised store (asserted + inferred graphs), default graph = union of the named graphs
:tdb a tdb2:DatasetTDB2 ; tdb2:location "{tdb}" ; tdb2:unionDefaultGraph true .
""" + TEXT_INDEX.format(base=":tdb", lucene=lucene)


def config_owlmicro(tdb, lucene, timeout_ms):
    return PREFIXES.replace("{timeout_ms}", str(timeout_ms)) + f"""
# (a) the asserted data with a reasoner, the usual way (jena-5.6-notes §5.3): default graph = OWLMicro
# InfModel over the union of the TDB2 graphs; the named graphs stay queryable with GRAPH. The asserted data
# include the support graph, which the build derives from the claims without a reasoner.
:dataset a ja:RDFDataset ;
    ja:defaultGraph :model_inf ;
    ja:namedGraph [ ja:graphName <{GRAPH}ontology> ; ja:graph :g_onto ] ,
                  [ ja:graphName <{GRAPH}data> ; ja:graph :g_data ] ,
                  [ ja:graphName <{GRAPH}support> ; ja:graph :g_support ] .
:model_inf a ja:InfModel ;
    ja:baseModel :tdbGraph ;
    ja:reasoner [ ja:reasonerURL <http://jena.hpl.hp.com/2003/OWLMicroFBRuleReasoner> ] .
:tdbGraph a tdb2:GraphTDB2 ; tdb2:dataset :tdbDataset ; tdb2:graphName <urn:x-arq:UnionGraph> .
:g_onto a tdb2:GraphTDB2 ; tdb2:dataset :tdbDataset ; tdb2:graphName <{GRAPH}ontology> .
:g_data a tdb2:GraphTDB2 ; tdb2:dataset :tdbDataset ; tdb2:graphName <{GRAPH}data> .
:g_support a tdb2:GraphTDB2 ; tdb2:dataset :tdbDataset ; tdb2:graphName <{GRAPH}support> .
:tdbDataset a tdb2:DatasetTDB2 ; tdb2:location "{tdb}" .
""" + TEXT_INDEX.format(base=":dataset", lucene=lucene)


# ---------------------------------------------------------------------------------------------- one scale

SOURCE_DIRS = ("ontology", "data", "shapes", "queries")


def tree_hash(root):
    h = hashlib.sha256()
    for d in SOURCE_DIRS:
        for base, dirs, files in sorted(os.walk(os.path.join(root, d))):
            dirs.sort()
            for fn in sorted(files):
                fp = os.path.join(base, fn)
                h.update(os.path.relpath(fp, root).encode() + b"\0")
                with open(fp, "rb") as f:
                    h.update(f.read())
    return h.hexdigest()


def snapshot(src, dst):
    """Copy the project's sources to dst unless dst already holds the same; returns their hash."""
    want = tree_hash(src)
    stamp = os.path.join(dst, ".snapshot")
    if os.path.exists(stamp) and open(stamp).read() == want and tree_hash(dst) == want:
        return want
    for d in SOURCE_DIRS:
        shutil.rmtree(os.path.join(dst, d), ignore_errors=True)
        shutil.copytree(os.path.join(src, d), os.path.join(dst, d))
    got = tree_hash(dst)
    with open(stamp, "w") as f:
        f.write(got)
    return got


class Scale:
    def __init__(self, name, args, tools):
        self.name, self.args, self.tools = name, args, tools
        self.dir = os.path.join(OUT, name)
        os.makedirs(self.dir, exist_ok=True)
        # a snapshot of the sources: colleagues edit the checkout, and a change would rebuild the store mid-run
        self.project = os.path.join(self.dir, "project")
        self.store = os.path.join(self.dir, "store")
        self.notes = {}

    def java_cp(self, cls, *a, heap="4g"):
        cp = ":".join([self.tools["bench_classes"], self.tools["jar"], os.path.join(self.tools["lib"], "*")])
        return ["java", "-Xmx" + heap, "-Xss4m", "-Dlog4j2.configurationFile=" + LOG4J, "-cp", cp, cls, *a]

    def legkg(self, *a, heap="4g", timeout=3600):
        env = dict(os.environ, LEGKG_HOME=self.project)
        t0 = time.time()
        run(java_cmd(heap, "-jar", self.tools["jar"], *a), timeout, env=env)
        return time.time() - t0

    def prepare(self):
        a = self.args
        seed_project = os.path.join(OUT, "seed", "project")
        source_hash = snapshot(ROOT, seed_project)
        self.notes["sources"] = source_hash[:12]
        if self.name == "1m":
            marker = os.path.join(self.project, ".generated")
            want = "triples=%d sources=%s" % (a.triples, source_hash)
            if not (os.path.exists(marker) and open(marker).read() == want):
                t0 = time.time()
                run(self.java_cp("org.w3id.legkg.bench.ScaleDataGenerator", "--source", seed_project, "--out", self.project,
                                 "--triples", str(a.triples)), 1800)
                with open(marker, "w") as f:
                    f.write(want)
                self.notes["generate_s"] = time.time() - t0
        # the LegKG build (skipped by legkg itself when the store is current)
        self.notes["legkg_build_s"] = self.legkg("build", "--project", self.project, "--store", self.store,
                                                 heap="12g", timeout=5400)
        build_id = os.path.basename(os.path.realpath(os.path.join(self.store, "current")))
        self.notes["build_id"] = build_id
        stamp = os.path.join(self.dir, ".prepared")
        fresh = os.path.exists(stamp) and open(stamp).read() == build_id
        self.qdir = os.path.join(self.dir, "queries")
        self.nq_dir = os.path.join(self.dir, "nq")
        self.tdb_asserted = os.path.join(self.dir, "tdb2-asserted")
        self.tdb_all = os.path.join(self.dir, "tdb2-materialised")
        if not fresh:
            for d in (self.qdir, self.nq_dir, self.tdb_asserted, self.tdb_all):
                shutil.rmtree(d, ignore_errors=True)
            os.makedirs(self.nq_dir)
            # the bound query texts (the project's own binder), and which answers depend on inference
            seed_manifest = os.path.join(OUT, "seed", "queries", "manifest.tsv")
            check = [] if self.name == "seed" or not os.path.exists(seed_manifest) else ["--no-check"]
            run(self.java_cp("org.w3id.legkg.bench.BenchQueries", "--store", self.store, "--out", self.qdir,
                             "--timeout", str(a.slow_timeout), *check, heap="8g"), 7200)
            # the data every peer gets: asserted (for the reasoner) and all graphs (materialised)
            t0 = time.time()
            self.legkg("export", "--project", self.project, "--store", self.store, "--graphs", "asserted", "--format", "nq",
                       "--out", os.path.join(self.nq_dir, "asserted.nq"), heap="8g")
            self.legkg("export", "--project", self.project, "--store", self.store, "--graphs", "all", "--format", "nq",
                       "--out", os.path.join(self.nq_dir, "all.nq"), heap="8g")
            # the support graph (one record per article and deficiency-symptom link it supports) is derived from
            # the claims by the build, not by a reasoner: the canned queries credit articles through it, so the
            # reasoning peer gets it with the asserted graphs
            support_graph = "<%ssupport> ." % GRAPH
            with open(os.path.join(self.nq_dir, "all.nq")) as src, open(os.path.join(self.nq_dir, "asserted.nq"), "a") as dst:
                for line in src:
                    if line.rstrip().endswith(support_graph):
                        dst.write(line)
            self.notes["export_s"] = time.time() - t0
            for tdb, nq in ((self.tdb_asserted, "asserted.nq"), (self.tdb_all, "all.nq")):
                t0 = time.time()
                run(["java", "-Xmx4g", "-Dlog4j2.configurationFile=" + LOG4J, "-cp", self.tools["fuseki"],
                     "tdb2.tdbloader", "--loc", tdb, os.path.join(self.nq_dir, nq)], 3600)
                self.notes["tdbloader_%s_s" % nq.split(".")[0]] = time.time() - t0
            with open(stamp, "w") as f:
                f.write(build_id)
        # the queries
        self.queries = []
        with open(os.path.join(self.qdir, "manifest.tsv")) as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if a.queries and row["name"] not in a.queries:
                    continue
                with open(os.path.join(self.qdir, row["name"] + ".rq")) as qf:
                    row["text"] = qf.read()
                row["needs_inference"] = row["needs_inference"] == "true"
                self.queries.append(row)
        seed_manifest = os.path.join(OUT, "seed", "queries", "manifest.tsv")
        if self.name != "seed" and os.path.exists(seed_manifest):
            # the same queries on data of the same shape: whether an answer needs inference is the seed's finding
            with open(seed_manifest) as f:
                seed = {r["name"]: r["needs_inference"] == "true" for r in csv.DictReader(f, delimiter="\t")}
            for q in self.queries:
                q["needs_inference"] = seed.get(q["name"], q["needs_inference"])
        with open(os.path.join(self.nq_dir, "all.nq")) as f:
            self.notes["materialised_quads"] = sum(1 for _ in f)
        with open(os.path.join(self.nq_dir, "asserted.nq")) as f:
            self.notes["asserted_quads"] = sum(1 for _ in f)

    def lucene_copy(self, name):
        src = os.path.join(os.path.realpath(os.path.join(self.store, "current")), "lucene")
        dst = os.path.join(self.dir, "run", name + "-lucene")
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst)
        return dst

    # ------------------------------------------------------------------ the run
    def servers(self):
        a = self.args
        rundir = os.path.join(self.dir, "run")
        shutil.rmtree(rundir, ignore_errors=True)
        os.makedirs(rundir)
        out = [LegKG(rundir, self.tools["jar"], self.tools["launcher"], self.project, self.store, a.heap)]
        out[0].timeout_s = a.slow_timeout
        if "b" in a.peers:
            cfg = os.path.join(rundir, "fuseki-materialised.ttl")
            with open(cfg, "w") as f:
                f.write(config_materialised(self.tdb_all, self.lucene_copy("b"), a.slow_timeout * 1000))
            out.append(StockFuseki("fuseki_mat", "(b) Fuseki, materialised", rundir, self.tools["fuseki"], cfg, a.heap))
        if "c" in a.peers and self.tools.get("virtuoso"):
            vdir = os.path.join(rundir, "virtuoso")
            os.makedirs(vdir)
            ldir = os.path.join(vdir, "load")
            os.makedirs(ldir)
            os.link(os.path.join(self.nq_dir, "all.nq"), os.path.join(ldir, "all.nq"))
            out.append(Virtuoso(vdir, ldir))
        if "a" in a.peers:
            cfg = os.path.join(rundir, "fuseki-owlmicro.ttl")
            with open(cfg, "w") as f:
                f.write(config_owlmicro(self.tdb_asserted, self.lucene_copy("a"), a.slow_timeout * 1000))
            out.append(StockFuseki("fuseki_inf", "(a) Fuseki + OWLMicro", rundir, self.tools["fuseki"], cfg, a.heap_inf))
        return out

    def bench(self):
        """LegKG, (b) and (c) run side by side and are measured in turn query by query, so that the load other
        people put on this shared machine falls on all of them alike; (a), which needs most of the memory for
        its closure, runs after them on its own."""
        a = self.args
        results, answers, ttfa = [], {}, {}
        first_q = next((q for q in self.queries if q["name"] == a.first_query), self.queries[0])
        servers = self.servers()
        groups = [[s for s in servers if s.key != "fuseki_inf"], [s for s in servers if s.key == "fuseki_inf"]]
        for group in groups:
            live = []
            try:
                for srv in group:
                    if self.past_deadline():
                        log("!!", srv.label, "not started: past --deadline")
                        self.notes.setdefault("failures", []).append("%s: not started, past --deadline" % srv.label)
                        continue
                    try:
                        if isinstance(srv, Virtuoso):
                            srv.write_ini()
                            srv.launch()
                            srv.wait_sql(120)
                            self.notes["virtuoso_load_s"] = srv.load(3600)
                            srv.stop()  # the first answer is timed from a cold start on the loaded database
                            srv.proc = None
                        if isinstance(srv, LegKG) and not srv.cds_current():
                            # the first run of `legkg serve` after a (re)build records the launcher's CDS archive;
                            # a user's later launches map it, and so does the timed launch below
                            log("start", srv.label, "port", srv.port, "(first launch after the build: records", srv.cds + ")")
                            srv.launch()
                            secs, _ = srv.first_answer(first_q, a.first_answer_limit)
                            ttfa["legkg_recording"] = secs
                            log("  first answer (%s) after %.2f s (recording run)" % (first_q["name"], secs))
                            wait_idle([srv], a.start_idle_limit)
                            srv.stop(grace=180)
                            if not srv.cds_current():
                                self.notes.setdefault("failures", []).append("LegKG: the launcher recorded no CDS archive")
                        if isinstance(srv, StockFuseki) and srv.key == "fuseki_mat" and a.peer_cds:
                            # not how stock Fuseki is launched, but the same JVM help LegKG's launcher gets:
                            # a dynamic AppCDS archive recorded by one run, mapped by the next (extra figure)
                            jsa = os.path.join(srv.workdir, srv.key + ".jsa")
                            for flag, key in (("-XX:ArchiveClassesAtExit=", None), ("-XX:SharedArchiveFile=", srv.key + "_cds")):
                                srv.jvm_extra = CDS_QUIET + [flag + jsa]
                                log("start", srv.label, "with", flag + jsa)
                                srv.launch()
                                secs, _ = srv.first_answer(first_q, a.first_answer_limit)
                                log("  first answer (%s) after %.2f s" % (first_q["name"], secs))
                                if key:
                                    ttfa[key] = secs
                                srv.stop(grace=180)
                            srv.jvm_extra = []
                        log("start", srv.label, "port", srv.port)
                        srv.launch()
                        secs, _ = srv.first_answer(first_q, a.first_answer_limit)
                        ttfa[srv.key] = secs
                        log("  first answer (%s) after %.2f s" % (first_q["name"], secs))
                        # background start-up (LegKG: label index, pages, cache warm-up) ends before the next
                        # server starts, so that it does not slow that one's start
                        idle = wait_idle([srv], a.start_idle_limit)
                        ttfa[srv.key + "_idle"] = max(secs, time.time() - srv.launched - 0.5)  # 0.5 s: idle detection
                        log("  idle %.1f s after launch" % ttfa[srv.key + "_idle"])
                        live.append(srv)
                    except Exception as e:  # one server failing must not lose the others' figures
                        log("!!", srv.label, "failed:", e)
                        self.notes.setdefault("failures", []).append("%s: %s" % (srv.label, e))
                        srv.stop()
                targets = []
                for srv in live:
                    if isinstance(srv, LegKG):
                        targets.append((srv, "api", srv.api_call))
                    targets.append((srv, "sparql", srv.call))
                self.live = live
                # answers first: same answer on every server before any timing
                for srv, ep, mk in targets:
                    wait_idle(live, a.slow_timeout + 30)
                    for q in self.queries:
                        if self.past_deadline():
                            answers[(srv.key, ep, q["name"])] = {"status": 0, "first_s": 0.0, "error": "not run: past --deadline"}
                            continue
                        call = mk(q)
                        t0 = time.time()
                        st, hdr, body = call.send(timeout=a.slow_timeout + 30)
                        info = {"status": st, "first_s": time.time() - t0}
                        if 200 <= st < 300:
                            try:
                                info["rows"] = answer_rows(body)
                            except (ValueError, KeyError) as e:
                                info["error"] = "unreadable answer: %s" % e
                        else:
                            info["error"] = ("HTTP %d: " % st if st else "no answer: ") + body[:300].decode("utf-8", "replace").strip()
                        info["etag"] = hdr.get("ETag") or hdr.get("Etag")
                        answers[(srv.key, ep, q["name"])] = info
                        log("  %-28s %-14s %-6s answer: %s in %.2f s" % (q["name"], srv.key, ep, "%d rows" % len(info["rows"])
                            if "rows" in info else info.get("error", "")[:80].replace("\n", " "), info["first_s"]))
                    self.compare(srv, answers)
                for q in self.queries:
                    for conc in a.conc:
                        for srv, ep, mk in targets:
                            info = answers[(srv.key, ep, q["name"])]
                            if "error" in info:
                                if conc == a.conc[0]:
                                    log("  %-28s %-14s %-6s skipped: %s" % (q["name"], srv.key, ep, info["error"][:160].replace("\n", " ")))
                                continue
                            r = self.measure_one(q, srv, ep, mk(q), conc, info)
                            if r:
                                results.append(r)
                    if any(isinstance(s, LegKG) for s, _, _ in targets) and 16 in a.conc:
                        info = answers.get(("legkg", "api", q["name"]), {})
                        if info.get("etag") and "error" not in info:
                            srv = next(s for s, _, _ in targets if isinstance(s, LegKG))
                            r = self.measure_one(q, srv, "api-304", srv.api_call(q), 16, info, etag=info["etag"])
                            if r:
                                results.append(r)
            finally:
                for srv in group:
                    srv.stop()
                    log("stopped", srv.label)
        return results, answers, ttfa

    def past_deadline(self):
        return self.args.deadline is not None and time.time() > self.args.deadline

    def measure_one(self, q, srv, ep, call, conc, info, etag=None):
        a = self.args
        if self.past_deadline():
            log("  %-28s %-14s %-6s c%-2d not run: past --deadline" % (q["name"], srv.key, ep, conc))
            info.setdefault("not_run", []).append(conc)
            return None
        # /api repeats one call: after the first (timed in first_s) the answer comes from the cache
        cached = ep.startswith("api")
        if conc > 1 and info["first_s"] > a.load_threshold and not cached:
            # 16 such requests on 2 cores would outlast any window and keep the server busy long after it
            log("  %-28s %-14s %-6s c%-2d not load-tested: one request took %.1f s" % (q["name"], srv.key, ep, conc, info["first_s"]))
            return None
        if info["first_s"] > a.slow_threshold and not cached:
            # too slow for a load test here: the one timed request stands for concurrency 1
            us = int(info["first_s"] * 1e6)
            r = {"requests": 1, "ok": 1, "duration_us": us, "p50_us": us, "p99_us": us, "err_status": 0, "rps": 1 / info["first_s"],
                 "slow": True}
        else:
            # every window (warm-up, measured) starts when all running servers are idle: requests wrk abandoned
            # at the end of the previous window (here or on another server) have finished
            r = measure(call, conc, a.duration, a.warmup, a.slow_timeout, etag,
                        idle=lambda: wait_idle(self.live, a.slow_timeout + 30))
            if r is None:
                log("  %-28s %-14s %-6s c%-2d not load-tested: fewer answers than connections in the window" % (
                    q["name"], srv.key, ep, conc))
                info.setdefault("few_answers", []).append(conc)
                return None
        r.update(scale=self.name, server=srv.key, endpoint=ep, query=q["name"], conc=conc, rows=len(info["rows"]),
                 match=info.get("match", ""))
        log("  %-28s %-14s %-7s c%-2d %9.1f req/s  p50 %8.2f ms  p99 %8.2f ms%s%s" % (
            q["name"], srv.key, ep, conc, r["rps"], r["p50_us"] / 1e3, r["p99_us"] / 1e3,
            "  (errors %d)" % r["err_status"] if r["err_status"] else "", "  *" if r.get("slow") else ""))
        return r

    def compare(self, srv, answers):
        for q in self.queries:
            ref = answers.get(("legkg", "sparql", q["name"]))
            for ep in ("sparql", "api"):
                info = answers.get((srv.key, ep, q["name"]))
                if info is None or "rows" not in info or ref is None or "rows" not in ref:
                    continue
                same = digest(info["rows"]) == digest(ref["rows"])
                info["hash"] = digest(info["rows"])
                info["match"] = "same" if same else "DIFFERENT"
                info["missing"] = multiset_missing(ref["rows"], info["rows"])
                info["extra"] = multiset_missing(info["rows"], ref["rows"])
                if not same:
                    rs = set(info["rows"])
                    info["sample_missing"] = [r for r in ref["rows"] if r not in rs][:3]
                    fs = set(ref["rows"])
                    info["sample_extra"] = [r for r in info["rows"] if r not in fs][:3]
                if not same:
                    log("  %-28s %-6s answer differs from LegKG's: %d rows vs %d, %d missing, %d extra" % (
                        q["name"], ep, len(info["rows"]), len(ref["rows"]), info["missing"], info["extra"]))


# ---------------------------------------------------------------------------------------------- report

SERVER_COLS = [("legkg", "api", "LegKG /api"), ("legkg", "sparql", "LegKG /sparql"),
               ("fuseki_inf", "sparql", "(a) Fuseki+OWLMicro"), ("fuseki_mat", "sparql", "(b) Fuseki mat."),
               ("virtuoso", "sparql", "(c) Virtuoso")]


def fmt_rps(x):
    return "%.0f" % x if x >= 100 else "%.1f" % x if x >= 1 else "%.2f" % x


def ratio(x, y):
    return x / y if x and y else None


def fr(r):
    return "–" if r is None else ("%.1f×" % r if r < 100 else "%.0f×" % r)


def report(all_results, all_answers, all_ttfa, scales, args, started):
    os.makedirs(OUT, exist_ok=True)
    csv_path = os.path.join(OUT, "serving.csv")
    with open(csv_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scale", "query", "needs_inference", "server", "endpoint", "concurrency", "req_per_s", "p50_ms", "p99_ms",
                    "requests", "errors", "rows", "answer_vs_legkg", "missing_vs_legkg", "extra_vs_legkg", "slow_mode",
                    "idle_wait_s"])
        for r in all_results:
            sc = scales[r["scale"]]
            q = next(q for q in sc.queries if q["name"] == r["query"])
            ans = all_answers[r["scale"]].get((r["server"], r["endpoint"] if r["endpoint"] != "api-304" else "api", r["query"]), {})
            w.writerow([r["scale"], r["query"], q["needs_inference"], r["server"], r["endpoint"], r["conc"], "%.2f" % r["rps"],
                        "%.3f" % (r["p50_us"] / 1e3), "%.3f" % (r["p99_us"] / 1e3), r["requests"], r["err_status"],
                        r["rows"], ans.get("match", ""), ans.get("missing", ""), ans.get("extra", ""), bool(r.get("slow")),
                        "%.1f" % r.get("idle_wait_s", 0.0)])
    idx = {(r["scale"], r["server"], r["endpoint"], r["query"], r["conc"]): r for r in all_results}
    md = ["# LegKG serving benchmark: results", "",
          "Run %s, %s, duration %d s per measurement after a %d s warm-up, wrk -t1. Machine: 2 shared cores, noisy: "
          "compare the ratios of this one run, not the absolute figures." % (
              time.strftime("%Y-%m-%d %H:%M", time.localtime(started)), "scales " + ", ".join(scales), args.duration, args.warmup),
          "", "Cells: req/s, then p50 / p99 latency in ms. `*` = query too slow for wrk's window, timed as whole "
          "requests. `≠` = answer differs from LegKG's (rows missing/extra). `err` = the server could not run it.", ""]
    summary = []
    for sname, sc in scales.items():
        answers = all_answers[sname]
        md += ["## %s" % ("Seed data" if sname == "seed" else "Generated data, %s" % sname), ""]
        md.append("Data: %s asserted quads, %s materialised quads. Notes: %s" % (
            "{:,}".format(sc.notes.get("asserted_quads", 0)), "{:,}".format(sc.notes.get("materialised_quads", 0)),
            ", ".join("%s %s" % (k, ("%.1f" % v) if isinstance(v, float) else v) for k, v in sc.notes.items()
                      if k not in ("asserted_quads", "materialised_quads"))))
        md.append("")
        t = all_ttfa[sname]
        md.append("Time to first answer from launch (query `%s`): " % args.first_query + ", ".join(
            "%s %.2f s" % (lab, t[k]) for k, _, lab in SERVER_COLS if k in t and _ == "sparql"))
        extra = []
        if "legkg_recording" in t:
            extra.append("LegKG's first launch after the build (it records the launcher's CDS archive) %.2f s" % t["legkg_recording"])
        if "fuseki_mat_cds" in t:
            extra.append("(b) with an AppCDS archive like LegKG's launcher %.2f s" % t["fuseki_mat_cds"])
        idle = ["%s %.1f s" % (lab, t[k + "_idle"]) for k, _, lab in SERVER_COLS if k + "_idle" in t and _ == "sparql"]
        if idle:
            extra.append("idle (background start-up done; LegKG: cache warmed) after: " + ", ".join(idle))
        if extra:
            md.append("")
            md.append("; ".join(extra))
        md.append("")
        for conc in args.conc:
            md += ["### concurrency %d" % conc, "",
                   "| query | inf. | rows | " + " | ".join(c[2] for c in SERVER_COLS) + " | /api÷(b) | /api÷(c) | /sparql÷(b) | /sparql÷(c) | /api÷(a) | /sparql÷(a) |",
                   "|---|---|---|" + "---|" * len(SERVER_COLS) + "---|---|---|---|---|---|"]
            for q in sc.queries:
                cells, rps = [], {}
                for k, ep, _ in SERVER_COLS:
                    r = idx.get((sname, k, ep, q["name"], conc))
                    ans = answers.get((k, ep, q["name"]))
                    if r is None:
                        if ans and "error" in ans:
                            cells.append("not run (deadline)" if "deadline" in ans["error"] else "err")
                        elif ans and conc in ans.get("not_run", []):
                            cells.append("not run (deadline)")
                        elif ans and conc in ans.get("few_answers", []):
                            cells.append("no figure (< %d answers in the window)" % conc)
                        elif ans and "rows" in ans:
                            cells.append("not load-tested (%.1f s per request)" % ans["first_s"])
                        else:
                            cells.append("–")
                        continue
                    rps[(k, ep)] = r["rps"]
                    mark = "*" if r.get("slow") else ""
                    if ans and ans.get("match") == "DIFFERENT":
                        mark += " ≠(−%d/+%d)" % (ans["missing"], ans["extra"])
                    cells.append("%s · %.1f / %.1f%s" % (fmt_rps(r["rps"]), r["p50_us"] / 1e3, r["p99_us"] / 1e3, mark))
                ratios = [ratio(rps.get(("legkg", "api")), rps.get(("fuseki_mat", "sparql"))),
                          ratio(rps.get(("legkg", "api")), rps.get(("virtuoso", "sparql"))),
                          ratio(rps.get(("legkg", "sparql")), rps.get(("fuseki_mat", "sparql"))),
                          ratio(rps.get(("legkg", "sparql")), rps.get(("virtuoso", "sparql"))),
                          ratio(rps.get(("legkg", "api")), rps.get(("fuseki_inf", "sparql"))),
                          ratio(rps.get(("legkg", "sparql")), rps.get(("fuseki_inf", "sparql")))]
                ref = answers.get(("legkg", "sparql", q["name"]), {})
                md.append("| %s | %s | %s | %s | %s |" % (q["name"], "yes" if q["needs_inference"] else "", len(ref.get("rows", [])),
                                                        " | ".join(cells), " | ".join(fr(x) for x in ratios)))
                summary.append((sname, conc, q, ratios, rps))
            md.append("")
        # cache: repeated /api (200 from memory, and 304 revalidation) against (b) at concurrency 16
        if 16 in args.conc:
            md += ["### Repeated canned calls (result cache + ETag), concurrency 16", "",
                   "| query | LegKG /api (cached 200) | LegKG /api If-None-Match (304) | (b) Fuseki mat. | 200 ÷ (b) | 304 ÷ (b) |",
                   "|---|---|---|---|---|---|"]
            for q in sc.queries:
                r200 = idx.get((sname, "legkg", "api", q["name"], 16))
                r304 = idx.get((sname, "legkg", "api-304", q["name"], 16))
                rb = idx.get((sname, "fuseki_mat", "sparql", q["name"], 16))
                c = lambda r: "%s · %.2f / %.2f" % (fmt_rps(r["rps"]), r["p50_us"] / 1e3, r["p99_us"] / 1e3) if r else "–"
                md.append("| %s | %s | %s | %s | %s | %s |" % (q["name"], c(r200), c(r304), c(rb),
                                                           fr(ratio(r200 and r200["rps"], rb and rb["rps"])),
                                                           fr(ratio(r304 and r304["rps"], rb and rb["rps"]))))
            md.append("")
        # answers
        md += ["### Answers per server: rows, order-insensitive hash, time of the first (uncached) call", "",
               "| query | inf. | " + " | ".join(c[2] for c in SERVER_COLS) + " | (a) misses |", "|---|---|" + "---|" * (len(SERVER_COLS) + 1)]
        for q in sc.queries:
            cells = []
            for k, ep, _ in SERVER_COLS:
                ans = answers.get((k, ep, q["name"]))
                if ans is None:
                    cells.append("–")
                elif "error" in ans:
                    cells.append("err: " + ans["error"][:60].replace("|", "/").replace("\n", " "))
                else:
                    cells.append("%d `%s`%s, %.2f s" % (len(ans["rows"]), digest(ans["rows"]),
                                                       "" if ans.get("match", "same") == "same" else " ≠", ans["first_s"]))
            a_ans = answers.get(("fuseki_inf", "sparql", q["name"]), {})
            miss = a_ans.get("missing", "–") if "rows" in a_ans else "–"
            md.append("| %s | %s | %s | %s |" % (q["name"], "yes" if q["needs_inference"] else "", " | ".join(cells), miss))
        md.append("")
    md_path = os.path.join(OUT, "serving.md")
    with open(md_path, "w") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(OUT, "serving-answers.json"), "w") as f:
        json.dump({s: {"|".join(k): {kk: vv for kk, vv in v.items() if kk != "rows"} | {"n": len(v.get("rows", []))}
                       for k, v in a.items()} for s, a in all_answers.items()}, f, indent=1)
    print()
    print(open(md_path).read())
    print_targets(summary, all_results, all_answers, all_ttfa, scales, args)
    log("wrote", md_path, "and", csv_path)


def print_targets(summary, all_results, all_answers, all_ttfa, scales, args):
    lines = ["## Targets", ""]
    for sname, sc in scales.items():
        for conc in args.conc:
            rows = [s for s in summary if s[0] == sname and s[1] == conc]
            for label, i in (("/api ≥ (b)", 0), ("/api ≥ (c)", 1), ("/sparql ≥ (b)", 2), ("/sparql ≥ (c)", 3)):
                vals = [(s[2]["name"], s[3][i]) for s in rows if s[3][i] is not None]
                miss = [(n, v) for n, v in vals if v < 1.0]
                lines.append("- %s c%d %s: %d/%d met%s" % (sname, conc, label, len(vals) - len(miss), len(vals),
                                                          ("; missed: " + ", ".join("%s %.2f×" % m for m in miss)) if miss else ""))
            for label, i in (("/api", 4), ("/sparql", 5)):
                vals = [(s[2]["name"], s[3][i]) for s in rows if s[2]["needs_inference"] and s[3][i] is not None]
                miss = [(n, v) for n, v in vals if v < 3.0]
                lines.append("- %s c%d %s ≥ 3× (a) on inference queries: %d/%d met%s" % (
                    sname, conc, label, len(vals) - len(miss), len(vals), ("; missed: " + ", ".join("%s %.2f×" % m for m in miss)) if miss else ""))
        idx = {(r["server"], r["endpoint"], r["query"], r["conc"]): r for r in all_results if r["scale"] == sname}
        vals = []
        for q in sc.queries:
            a, b = idx.get(("legkg", "api", q["name"], 16)), idx.get(("fuseki_mat", "sparql", q["name"], 16))
            if a and b:
                vals.append((q["name"], a["rps"] / b["rps"]))
        miss = [(n, v) for n, v in vals if v < 3.0]
        lines.append("- %s cache: repeated /api ≥ 3× (b) at c16: %d/%d met%s" % (
            sname, len(vals) - len(miss), len(vals), ("; missed: " + ", ".join("%s %.2f×" % m for m in miss)) if miss else ""))
        ans = all_answers[sname]
        inc = [q["name"] for q in sc.queries if ans.get(("legkg", "sparql", q["name"]), {}).get("rows") is not None
               and ans.get(("fuseki_inf", "sparql", q["name"]), {}).get("extra", 0) > 0]
        lines.append("- %s: LegKG's answers contain all of (a)'s: %s" % (sname, "yes" if not inc else "NO for " + ", ".join(inc)))
        tot = sum(ans.get(("fuseki_inf", "sparql", q["name"]), {}).get("missing", 0) for q in sc.queries)
        lines.append("- %s: answers (a) misses in all: %d" % (sname, tot))
        t = all_ttfa[sname]
        if "legkg" in t:
            lines.append("- %s: LegKG first answer %.2f s (target ≤ 5 s)%s" % (
                sname, t["legkg"], "; (a) %.1f s" % t["fuseki_inf"] if "fuseki_inf" in t else ""))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(OUT, "serving.md"), "a") as f:
        f.write("\n" + text)
    print(text)


# ---------------------------------------------------------------------------------------------- main

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--scale", default="both", choices=["seed", "1m", "both"])
    p.add_argument("--duration", type=int, default=10, help="seconds per measurement (default 10)")
    p.add_argument("--warmup", type=int, default=3, help="seconds of warm-up before each measurement (default 3)")
    p.add_argument("--conc", default="1,16", help="concurrencies (default 1,16)")
    p.add_argument("--peers", default="a,b,c", help="peers to run: a (Fuseki+OWLMicro), b (Fuseki materialised), c (Virtuoso)")
    p.add_argument("--queries", default="", help="only these canned queries (comma-separated)")
    p.add_argument("--triples", type=int, default=1_000_000, help="data triples of the generated scale (default 1,000,000)")
    p.add_argument("--first-query", default="symptoms-for-deficiency", help="query timed for the first answer")
    p.add_argument("--first-answer-limit", type=int, default=1800, help="seconds to wait for a first answer")
    p.add_argument("--slow-timeout", type=int, default=300, help="seconds one request may take (also the servers' query timeout)")
    p.add_argument("--load-threshold", type=float, default=2.0,
                   help="a query whose first answer took longer is not load-tested at concurrency > 1")
    p.add_argument("--slow-threshold", type=float, default=15.0,
                   help="a query whose first answer took longer is not load-tested: that one request stands for c1")
    p.add_argument("--start-idle-limit", type=int, default=900,
                   help="seconds to wait, after a server's first answer, for its background start-up to end")
    p.add_argument("--no-peer-cds", dest="peer_cds", action="store_false",
                   help="skip the extra first-answer figure of (b) with an AppCDS archive like LegKG's launcher")
    p.add_argument("--launcher", required=True, help="the ./legkg launcher script")
    p.add_argument("--deadline", default=None,
                   help="HH:MM (UTC, today): no server start, answer check or measurement begins after it; "
                        "what finished is reported, the rest marked 'not run (deadline)'")
    p.add_argument("--heap", default="4g", help="heap of LegKG and (b)")
    p.add_argument("--heap-inf", default="12g", help="heap of (a), whose closure lives in memory")
    p.add_argument("--jar", required=True)
    p.add_argument("--lib", required=True)
    p.add_argument("--bench-classes", required=True)
    p.add_argument("--fuseki", required=True)
    p.add_argument("--virtuoso", action="store_true")
    p.add_argument("--prepare-only", action="store_true",
                   help="only build, export and load the data of each scale (a later run reuses it), no servers")
    args = p.parse_args()
    args.conc = [int(c) for c in args.conc.split(",")]
    args.peers = set(args.peers.split(","))
    args.queries = set(q for q in args.queries.split(",") if q)
    if args.deadline:
        hh, mm = (int(x) for x in args.deadline.split(":"))
        now = time.gmtime()
        args.deadline = __import__("calendar").timegm((now.tm_year, now.tm_mon, now.tm_mday, hh, mm, 0))
    ab = os.path.abspath
    tools = {"jar": ab(args.jar), "launcher": launcher_shim(ab(args.launcher), os.path.dirname(ab(args.jar))), "lib": ab(args.lib), "bench_classes": ab(args.bench_classes), "fuseki": ab(args.fuseki),
             "virtuoso": args.virtuoso}
    started = time.time()
    signal.signal(signal.SIGTERM, lambda *_: (stop_all(), sys.exit(143)))
    names = ["seed", "1m"] if args.scale == "both" else [args.scale]
    scales, res, ans, ttfa = {}, [], {}, {}
    try:
        for n in names:
            sc = Scale(n, args, tools)
            log("== scale", n)
            sc.prepare()
            if args.prepare_only:
                log("prepared", n, json.dumps(sc.notes))
                continue
            r, a, t = sc.bench()
            scales[n], ans[n], ttfa[n] = sc, a, t
            res += r
            report(res, ans, ttfa, scales, args, started)
    finally:
        stop_all()


if __name__ == "__main__":
    main()
