#!/usr/bin/env bash
# Throughput and latency of the public content pages with many published articles.
#
#   kernel/dist/bench/content-pages.sh [articles]      (default 20000)
#
# Starts ./portal on a fresh home (embedded H2, or PostgreSQL with BENCH_DB=postgresql),
# seeds the articles of /work/shared/bench/gen-articles.py (same corpus as the peer
# benchmarks) over the REST API as admin — create, submit, approve, publish, 8 at a time —
# spread over the 10 demo sites, then measures with wrk (64 connections, 2 threads, 30 s
# after a warm-up of 10 s rounds until the rate stops rising by more than 10%, at most 120 s:
# under CPU pressure the JIT compilers need that long):
#   (a) one cached item page, (b) the cached home page of a department site,
#   (c) item pages that are all different (a Lua script walks the list of published item
#       paths) on a second run of the same home with cache.max-mb=0, so every page is rendered,
# and (d) publish-to-visible: 10 times, publish a new article and poll its public URL with
# curl until 200 (then the site's cached home page until it lists the article; then the
# article is edited and published again, and its cached page polled until it shows the edit).
# Each row also gives the portal's CPU time per request (its java process, from /proc) and how
# many cores other processes used meanwhile (machine busy time minus the portal and wrk): on a
# shared machine that says how much of the 2 cores the measurement really had.
# Needs a built distribution (./portal build), python3 and wrk (installed with apt-get when
# missing). Uses port 8096 on 127.0.0.1. BENCH_SECONDS (default 30) and BENCH_WARMUP (most seconds
# of warm-up, default 120) change the durations.
# BENCH_WORK=<dir> keeps the home and the list of item paths there, and a later run with the
# same BENCH_WORK measures again without seeding (on a noisy machine, seeding is the long part).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
N=${1:-20000}
PORT=${BENCH_PORT:-8096}
SECONDS_EACH=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-120}
GEN=${BENCH_GEN:-/work/shared/bench/gen-articles.py}
PASSWORD='Bench-Mark-2026!x'
BASE="http://127.0.0.1:$PORT"
export PORTAL_PORT=$PORT PORTAL_SKIP_BUILD=1 PORTAL_ADMIN_PASSWORD=$PASSWORD

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

if [ -n "${BENCH_WORK:-}" ]; then
  WORK=$BENCH_WORK KEEP=1
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d /tmp/content-bench-XXXX) KEEP=0
fi
PID=
stop_portal() {
  [ -n "$PID" ] && { kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }
  PID=
}
cleanup() {
  stop_portal
  [ "$KEEP" = 1 ] && return
  [ -n "${DB:-}" ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

start_portal() {
  PORTAL_HOME=$HOME_DIR "$ROOT/portal" run >>"$WORK/portal.out" 2>&1 &
  PID=$!
  until curl -fs -o /dev/null --max-time 1 "$BASE/"; do
    kill -0 $PID 2>/dev/null || { cat "$WORK/portal.out" >&2; exit 1; }
    sleep 0.2
  done
}

# JIT warm-up with wrk's arguments: 10 s rounds until the rate rises by less than 10% (at most
# WARMUP seconds); prints the seconds spent
warm() {
  local prev=0 rps spent=0
  while [ $spent -lt "$WARMUP" ]; do
    rps=$(wrk -t2 -c64 -d10s "$@" | awk '/^Requests\/sec/ {printf "%d", $2}')
    spent=$((spent + 10))
    [ "${rps:-0}" -le $((prev * 11 / 10)) ] && break
    prev=${rps:-0}
  done
  echo $spent
}

# CPU seconds: of the whole machine (busy, from /proc/stat) and of the portal's java process
HZ=$(getconf CLK_TCK)
machine_cpu() { awk -v hz="$HZ" '/^cpu / {printf "%.2f", ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat; }
portal_cpu() { awk -v hz="$HZ" '{printf "%.2f", ($14+$15)/hz}' "/proc/$PID/stat"; }

# Waits until the portal is idle (under a tenth of a core over 5 s; at most 15 minutes): after
# seeding, the outbox still feeds the search index and notifications for minutes, and that work,
# inside the portal's process, would be counted as the pages' CPU and slow them down.
wait_idle() {
  local c0 c1 waited=0
  while [ $waited -lt 900 ]; do
    c0=$(portal_cpu); sleep 5; c1=$(portal_cpu); waited=$((waited + 5))
    awk -v a="$c0" -v b="$c1" 'BEGIN {exit !((b - a) / 5 < 0.1)}' && break
  done
  echo "portal idle after ${waited} s" >&2
}

# wrk: $1 = label, $2 = seconds, then wrk's arguments; prints for the table
# "<req/s> <p99> <errors> <portal CPU ms per request> <cores used by other processes>"
measure() {
  local label=$1 secs=$2 out m0 m1 p0 p1
  shift 2
  out="$WORK/wrk-${label// /-}.txt"
  m0=$(machine_cpu) p0=$(portal_cpu)
  TIMEFORMAT='%U %S'
  { time wrk -t2 -c64 -d"${secs}s" --latency "$@" >"$out"; } 2>"$out.time"
  m1=$(machine_cpu) p1=$(portal_cpu)
  awk -v m="$m0 $m1" -v p="$p0 $p1" -v secs="$secs" -v w="$(tail -1 "$out.time")" '
       /requests in/ {n=$1} /^Requests\/sec/ {rps=$2} $1 == "99%" {p99=$2}
       /Non-2xx/ {err+=$NF} /Socket errors/ {gsub(",", ""); err+=$4+$6+$8+$10}
       END {split(m, M, " "); split(p, P, " "); split(w, W, " ")
            others = ((M[2]-M[1]) - (P[2]-P[1]) - W[1] - W[2]) / secs
            printf "%d %s %d %.2f %.1f\n", rps, p99, err, (P[2]-P[1])*1000/n, others < 0.05 ? 0 : others}' "$out"
}

HOME_DIR="$WORK/home"
SEEDED=0
[ -s "$WORK/paths.txt" ] && SEEDED=1
mkdir -p "$HOME_DIR/config"
if [ "${BENCH_DB:-h2}" = postgresql ] && [ $SEEDED = 0 ]; then
  DB="content_bench_$$"
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $DB" >/dev/null
  printf 'db.url=jdbc:postgresql://127.0.0.1:5432/%s\ndb.user=postgres\ndb.password=\n' "$DB" \
    > "$HOME_DIR/config/portal.properties"
fi
[ -f "$HOME_DIR/config/portal.properties" ] && sed -i '/^cache\.max-mb=/d' "$HOME_DIR/config/portal.properties"
T_ALL=$(now_ms)
start_portal

# ---- seed -----------------------------------------------------------------------------------
[ $SEEDED = 0 ] && python3 "$GEN" jsonl "$N" > "$WORK/articles.jsonl"
[ $SEEDED = 0 ] && python3 - "$PORT" "$PASSWORD" "$WORK/articles.jsonl" "$WORK/paths.txt" <<'PY'
import base64, concurrent.futures, http.client, json, re, sys, threading, time, urllib.parse
port, password, infile, outfile = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
SITES = ["tinh", "so-noi-vu", "so-tai-chinh", "so-khcn", "so-xay-dung", "van-phong-ubnd",
         "xa-binh-minh", "phuong-hoa-an", "xa-son-thuy", "phuong-dong-tien"]
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")  # the portal's Slugs.valid, at most 120 characters
HEADERS = {"Authorization": "Basic " + base64.b64encode(f"admin:{password}".encode()).decode(),
           "Content-Type": "application/json", "Accept": "application/json"}
local = threading.local()

def call(path, body):
    data = json.dumps(body, ensure_ascii=False).encode()
    for attempt in range(3):
        c = getattr(local, "c", None) or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        local.c = c
        try:
            c.request("POST", path, body=data, headers=HEADERS)
            r = c.getresponse()
            return r.status, r.read()
        except (http.client.HTTPException, OSError):
            c.close()
            local.c = None
            if attempt == 2:
                raise

def seed(a):
    site = SITES[a["id"] % len(SITES)]
    item = {"type": "article", "title": a["title"], "summary": a["excerpt"], "fields": {"body": a["body"]}}
    if len(a["slug"]) <= 120 and SLUG.match(a["slug"]):
        item["slug"] = a["slug"]
    status, body = call(f"/api/v1/content/items?site={site}", item)
    if status != 201:
        raise RuntimeError(f"create {a['id']}: {status} {body[:300]!r}")
    item_id = json.loads(body)["id"]
    for action in ("submit", "approve", "publish"):
        status, body = call(f"/api/v1/content/items/{item_id}/transitions?site={site}", {"action": action})
        if status != 200:
            raise RuntimeError(f"{action} {a['id']}: {status} {body[:300]!r}")
    return urllib.parse.urlsplit(json.loads(body)["url"]).path

articles = [json.loads(line) for line in open(infile, encoding="utf-8")]
t0 = time.time()
paths, errors = [], []
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    for f in concurrent.futures.as_completed([pool.submit(seed, a) for a in articles]):
        try:
            paths.append(f.result())
        except Exception as e:  # reported, the benchmark goes on with what was published
            errors.append(str(e))
secs = time.time() - t0
with open(outfile, "w") as out:
    out.write("\n".join(sorted(paths)) + "\n")
print(f"seeded {len(paths)} of {len(articles)} articles in {secs:.0f} s ({len(paths) / secs:.0f} articles/s,"
      f" 4 requests each, 8 at a time), {len(errors)} failed", file=sys.stderr)
for e in errors[:5]:
    print("  " + e, file=sys.stderr)
with open(outfile + ".seconds", "w") as out:
    out.write(f"{secs:.0f}")
PY
rm -f "$WORK/articles.jsonl"
SEED_SECONDS=$(cat "$WORK/paths.txt.seconds")
PUBLISHED=$(wc -l < "$WORK/paths.txt")

# the Lua script walks the item paths, each wrk thread from its own half
cat > "$WORK/paths.lua" <<LUA
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
local threads = 0
function setup(thread) thread:set("part", threads); threads = threads + 1 end
function init(args) i = part * math.floor(#paths / 2) end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

ITEM=$(grep -m1 '^/s/so-noi-vu/' "$WORK/paths.txt")
HOME_PAGE=/s/so-noi-vu/
ROWS=()

# ---- (a), (b): cached pages --------------------------------------------------------------------
wait_idle
for pair in "cached item page|$ITEM" "cached home page (so-noi-vu)|$HOME_PAGE"; do
  label=${pair%%|*}; path=${pair#*|}
  curl -fs -o /dev/null "$BASE$path"
  w=$(warm "$BASE$path")
  read -r rps p99 err cpu others < <(measure "$label" "$SECONDS_EACH" "$BASE$path")
  ROWS+=("| $label | $rps | $p99 | $err | $cpu | $others | $w |")
done

# ---- (d): publish to visible (cache on) -----------------------------------------------------------
API="$BASE/api/v1/content/items"
VISIBLE=() LISTED=() EDITED=()
for i in $(seq 1 10); do
  body=$(printf '{"type":"article","title":"Bài kiểm tra xuất bản số %d lúc %s","summary":"Đo thời gian từ xuất bản đến khi hiển thị.","fields":{"body":"<p>Nội dung kiểm tra %d.</p>"}}' "$i" "$(date +%H:%M:%S)" "$i")
  resp=$(curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d "$body" "$API?site=so-noi-vu")
  [[ $resp =~ \"id\":\"([^\"]+)\" ]] || { echo "create failed: $resp" >&2; exit 1; }
  id=${BASH_REMATCH[1]}
  for action in submit approve; do
    curl -fs -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d "{\"action\":\"$action\"}" \
      "$API/$id/transitions?site=so-noi-vu"
  done
  curl -fs -o /dev/null "$BASE$HOME_PAGE"   # the home page is cached before the publication
  t0=$(now_ms)
  resp=$(curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"action":"publish"}' \
    "$API/$id/transitions?site=so-noi-vu")
  [[ $resp =~ \"url\":\"https?://[^/\"]+(/[^\"]*)\" ]] || { echo "publish failed: $resp" >&2; exit 1; }
  path=${BASH_REMATCH[1]}
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ]; do
    [ $(($(now_ms) - t0)) -lt 60000 ] || { echo "$path not visible after 60 s" >&2; exit 1; }
  done
  t1=$(now_ms)
  until curl -fs "$BASE$HOME_PAGE" | grep -qF "$path"; do
    [ $(($(now_ms) - t0)) -lt 60000 ] || { echo "$path not on $HOME_PAGE after 60 s" >&2; exit 1; }
  done
  t2=$(now_ms)
  # the page is cached now; an edit republished must replace it
  [[ $resp =~ \"slug\":\"([^\"]+)\" ]] || { echo "no slug in: $resp" >&2; exit 1; }
  slug=${BASH_REMATCH[1]}   # kept: a new title alone would give the item a new address
  [[ $resp =~ \"version\":([0-9]+) ]] || { echo "no version in: $resp" >&2; exit 1; }
  title="Bài kiểm tra xuất bản số $i, đã sửa lúc $(date +%H:%M:%S)"
  curl -fs -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' -X PUT "$API/$id?site=so-noi-vu" \
    -d "{\"type\":\"article\",\"title\":\"$title\",\"slug\":\"$slug\",\"summary\":\"Đã sửa.\",\"fields\":{\"body\":\"<p>Đã sửa $i.</p>\"},\"version\":${BASH_REMATCH[1]}}"
  curl -fs -o /dev/null "$BASE$path"   # served from the cache until the edit is published
  t3=$(now_ms)
  curl -fs -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"action":"publish"}' \
    "$API/$id/transitions?site=so-noi-vu"
  until curl -fs "$BASE$path" | grep -qF "$title"; do
    [ $(($(now_ms) - t3)) -lt 60000 ] || { echo "the edit of $path not visible after 60 s" >&2; exit 1; }
  done
  t4=$(now_ms)
  VISIBLE+=($((t1 - t0))) LISTED+=($((t2 - t0))) EDITED+=($((t4 - t3)))
  sleep 0.5
done
stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "median %d, max %d", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2), v[NR]}'; }

# ---- (c): every page rendered (second run, cache.max-mb=0) --------------------------------------
stop_portal
sed -i '/^cache\.max-mb=/d' "$HOME_DIR/config/portal.properties"
echo 'cache.max-mb=0' >> "$HOME_DIR/config/portal.properties"
start_portal
wait_idle
w=$(warm -s "$WORK/paths.lua" "$BASE")
read -r rps p99 err cpu others < <(measure "uncached item pages" "$SECONDS_EACH" -s "$WORK/paths.lua" "$BASE")
ROWS+=("| uncached item pages ($PUBLISHED different, cache.max-mb=0) | $rps | $p99 | $err | $cpu | $others | $w |")
stop_portal
T_ALL=$(( ($(now_ms) - T_ALL) / 1000 ))

echo
echo "| page | req/s | p99 | errors | portal CPU per request (ms) | other processes (cores) | warm-up (s) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "| publish to visible (10 new articles, so-noi-vu) | ms |"
echo "|---|---|"
echo "| item page answers 200 | $(stats "${VISIBLE[@]}") |"
echo "| listed on the site's home page | $(stats "${LISTED[@]}") |"
echo "| an edit republished: the cached page shows it | $(stats "${EDITED[@]}") |"
echo
if [ $SEEDED = 0 ]; then
  echo "seeding: $PUBLISHED of $N articles published in ${SEED_SECONDS} s; whole run ${T_ALL} s"
else
  echo "measured again on the home seeded before ($PUBLISHED articles in ${SEED_SECONDS} s); this run ${T_ALL} s"
fi
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); $(date -u +%Y-%m-%d); db: ${BENCH_DB:-h2};" \
     "wrk: 2 threads, 64 connections, ${SECONDS_EACH} s; CPU pressure now: $(sed -n 1p /proc/pressure/cpu)"
