-- wrk script for the LegKG serving benchmark (bench/serving/bench.py sets the environment).
--   WRK_BODY_FILE  if set, POST this file's bytes as application/x-www-form-urlencoded (query=...);
--                  else GET the URL given to wrk (the query is URL-encoded in it)
--   WRK_ACCEPT     Accept header (default: SPARQL JSON results)
--   WRK_IF_NONE_MATCH  if set, sent as If-None-Match (ETag revalidation of a cached /api answer)
-- done() prints one line "WRKJSON {...}" with the counts and latency percentiles (microseconds).
local body_file = os.getenv("WRK_BODY_FILE")
wrk.headers["Accept"] = os.getenv("WRK_ACCEPT") or "application/sparql-results+json"
local inm = os.getenv("WRK_IF_NONE_MATCH")
if inm and inm ~= "" then wrk.headers["If-None-Match"] = inm end
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,'
    .. '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    latency.mean, latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
