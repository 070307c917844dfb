#!/usr/bin/env bash
# Load on the e-form plugin: many citizens sending dossiers with an attachment at the same time.
#
#   kernel/dist/bench/eform-submissions.sh [clients] [seconds] [attachment-kb]     (defaults 50, 120, 1024)
#   BENCH_DB=postgresql kernel/dist/bench/eform-submissions.sh                     (a throw-away PostgreSQL database)
#
# Starts ./portal on a fresh home (embedded H2 unless BENCH_DB=postgresql), then runs <clients>
# concurrent clients for <seconds>: each sends, one after the other, the demo form
# "dang-ky-ket-qua-khcn" of site so-khcn through POST /api/v1/eform/dossiers (multipart, the form's
# submit token, an Idempotency-Key of its own, a PDF of <attachment-kb> KB) and keeps the receipt
# code it got. Afterwards it counts the dossiers the portal stored (the staff inbox API, page by
# page, and the statistics API) and compares them with the receipts the clients were given:
# lost = receipts not stored, extra = stored without a receipt. Prints requests, errors,
# throughput and latency percentiles (each request's full time, upload included).
# Needs a built distribution (./portal build). Uses port 8097 on 127.0.0.1. BENCH_KEEP=1 keeps the
# work folder (home, portal output) for a look afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
CLIENTS=${1:-50}
SECONDS_RUN=${2:-120}
KB=${3:-1024}
PORT=${BENCH_PORT:-8097}
PASSWORD='Bench-Mark-2026!x'
SITE=so-khcn
FORM=dang-ky-ket-qua-khcn
export PORTAL_PORT=$PORT PORTAL_SKIP_BUILD=1 PORTAL_ADMIN_PASSWORD=$PASSWORD

WORK=$(mktemp -d /tmp/eform-bench-XXXX)
PID=
cleanup() {
  [ -n "$PID" ] && { kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }
  [ -n "${DB:-}" ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
  if [ -n "${BENCH_KEEP:-}" ]; then echo "kept: $WORK (portal output in portal.out)"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR/config"
if [ "${BENCH_DB:-h2}" = postgresql ]; then
  DB="eform_bench_$$"
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $DB" >/dev/null
  printf 'db.url=jdbc:postgresql://127.0.0.1:5432/%s\ndb.user=postgres\ndb.password=\n' "$DB" \
    > "$HOME_DIR/config/portal.properties"
fi
PORTAL_HOME=$HOME_DIR "$ROOT/portal" run >"$WORK/portal.out" 2>&1 &
PID=$!
until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/api/v1/eform/forms/$FORM?site=$SITE"; do
  kill -0 $PID 2>/dev/null || { cat "$WORK/portal.out" >&2; exit 1; }
  sleep 0.5
done

python3 - "$PORT" "$CLIENTS" "$SECONDS_RUN" "$KB" "$PASSWORD" "$SITE" "$FORM" <<'PY'
import base64, http.client, json, os, sys, threading, time, uuid
from datetime import datetime, timedelta, timezone

port, clients, seconds, kb, password, site, form = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()

def call(method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data

status, data = call("GET", f"/api/v1/eform/forms/{form}?site={site}")
token = json.loads(data)["submitToken"]
pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\n" + os.urandom(kb * 1024 - 60) + b"\ntrailer <<>>\n%%EOF\n"
fields = {"_form": form, "_csrf": token, "toChuc": "Viện Nghiên cứu Mẫu", "email": "vien@hoaan.example",
          "tenNhiemVu": "Nghiên cứu giống lúa chịu mặn (mẫu)", "camDoan": "true"}

def body():
    boundary = "bench" + uuid.uuid4().hex
    parts = []
    for k, v in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="baoCao"; filename="bao-cao.pdf"\r\n'
                 f'Content-Type: application/pdf\r\n\r\n'.encode() + pdf + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return boundary, b"".join(parts)

lock = threading.Lock()
latencies, receipts, errors = [], [], []
deadline = time.monotonic() + seconds

def client():
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
    while time.monotonic() < deadline:
        boundary, data = body()
        headers = {"Content-Type": "multipart/form-data; boundary=" + boundary, "Idempotency-Key": str(uuid.uuid4())}
        t0 = time.monotonic()
        try:
            conn.request("POST", f"/api/v1/eform/dossiers?site={site}", body=data, headers=headers)
            r = conn.getresponse()
            answer = r.read()
            dt = time.monotonic() - t0
            with lock:
                latencies.append(dt)
                if r.status == 201:
                    receipts.append(json.loads(answer)["receiptCode"])
                else:
                    errors.append(f"{r.status} {answer[:200]!r}")
        except Exception as e:  # a dropped connection counts as an error
            with lock:
                errors.append(repr(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
    conn.close()

started = time.monotonic()
threads = [threading.Thread(target=client) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - started

# what the portal stored: every receipt code of the site, page by page, and the statistics' count
stored, offset = set(), 0
while True:
    s, data = call("GET", f"/api/v1/eform/dossiers?site={site}&limit=200&offset={offset}", headers={"Authorization": auth})
    page = json.loads(data)
    stored.update(d["receiptCode"] for d in page)
    if len(page) < 200: break
    offset += 200
vn = timezone(timedelta(hours=7))
today = datetime.now(vn).date().isoformat()
s, data = call("GET", f"/api/v1/eform/stats?site={site}&from={today}&to={today}", headers={"Authorization": auth})
counted = json.loads(data)["total"]["received"]

lat = sorted(latencies)
def pct(p): return lat[min(len(lat) - 1, int(round(p / 100 * len(lat))) - 1)] * 1000 if lat else 0
given = set(receipts)
print(f"| clients | seconds | attachment | requests | errors | dossiers/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | receipts | stored | statistics | lost | extra | duplicate receipts |")
print(f"|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
print(f"| {clients} | {elapsed:.0f} | {kb} KB | {len(latencies) + sum(1 for e in errors if not e[0].isdigit())} | {len(errors)} | "
      f"{len(receipts) / elapsed:.1f} | {pct(50):.0f} | {pct(95):.0f} | {pct(99):.0f} | {lat[-1] * 1000 if lat else 0:.0f} | "
      f"{len(receipts)} | {len(stored)} | {counted} | {len(given - stored)} | {len(stored - given)} | {len(receipts) - len(given)} |")
for e in errors[:10]:
    print("error:", e)
PY
echo
echo "blobs on disk: $(find "$HOME_DIR/data/blobs" -type f ! -name '*.properties' 2>/dev/null | wc -l) files, $(du -sh "$HOME_DIR/data/blobs" 2>/dev/null | cut -f1)"
echo "server errors in the portal's output: $(grep -c 'SEVERE' "$WORK/portal.out" || true)"
