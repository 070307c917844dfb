#!/usr/bin/env bash
# Times a 100,000-entry catalog import through the REST API of a running portal.
#
#   kernel/dist/bench/catalog-import.sh [entries] [runs]     (defaults 100000, 3)
#
# Starts ./portal on a fresh home (embedded H2, or PostgreSQL with BENCH_DB=postgresql),
# generates an agencies CSV (electronic agency codes like A03.012345 under 20 made-up
# level-1 agencies, Vietnamese names with diacritics, one attribute) and, per run, POSTs
# it: a dry run, the first import (all created), then the same file again (all unchanged).
# Each run adds its own codes, so later runs check against a larger stored catalog. Prints the wall
# time of each request (curl's time_total) and the counts the portal reported.
# Needs a built distribution (./portal build). Uses port 8098 on 127.0.0.1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
N=${1:-100000}
RUNS=${2:-3}
PORT=${BENCH_PORT:-8098}
PASSWORD='Bench-Mark-2026!x'
export PORTAL_PORT=$PORT PORTAL_SKIP_BUILD=1 PORTAL_ADMIN_PASSWORD=$PASSWORD

WORK=$(mktemp -d /tmp/catalog-bench-XXXX)
PID=
cleanup() {
  [ -n "$PID" ] && { kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }
  [ -n "${DB:-}" ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $DB" >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

generate() {  # $1 = entries, $2 = run number (each run gets codes of its own)
  python3 - "$1" "$2" <<'PY'
import sys, random
n, run = int(sys.argv[1]), int(sys.argv[2])
random.seed(run)
letter = "ABCDEFGKLMNPQRSTUVXY"[run % 20]
words = ["Bình", "Minh", "Đông", "Hòa", "Sơn", "Thủy", "Tân", "Lập", "Phú", "Mỹ", "Thạnh", "Long",
         "Hưng", "Yên", "Quảng", "Đức", "Trường", "Xuân", "An", "Khánh", "Vĩnh", "Lạc", "Nghĩa", "Thượng"]
print("code,name_vi,name_en,parent,valid_from,valid_to,successors,status,shortName")
tops = max(1, n // 5000)
for p in range(tops):
    print(f"{letter}{p:02d},Ủy ban nhân dân tỉnh {random.choice(words)} {random.choice(words)} {p} (mẫu),"
          f"Provincial People's Committee {p} (sample),,,,,ACTIVE,UBND tỉnh {p}")
for i in range(n - tops):
    name = " ".join(random.choice(words) for _ in range(3))
    print(f"{letter}{i % tops:02d}.{i:06d},Ủy ban nhân dân xã {name} (mẫu),Commune People's Committee {i} (sample),"
          f"{letter}{i % tops:02d},2025-07-01,,,ACTIVE,UBND xã {name}")
PY
}

post() {  # $1 = file, $2 = query; prints "<seconds> <report summary>"
  curl -s -o "$WORK/out.json" -w '%{time_total}' -u "admin:$PASSWORD" -H 'Content-Type: text/csv' \
       --data-binary "@$1" "http://127.0.0.1:$PORT/api/v1/catalogs/agencies/import$2"
  printf ' %s\n' "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); r=r.get("report",r); print("rows=%d created=%d updated=%d unchanged=%d errors=%d" % (r["rows"],r["created"],r["updated"],r["unchanged"],len(r["errors"])))' "$WORK/out.json")"
}

HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR/config"
if [ "${BENCH_DB:-h2}" = postgresql ]; then
  DB="catalog_bench_$$"
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $DB" >/dev/null
  printf 'db.url=jdbc:postgresql://127.0.0.1:5432/%s\ndb.user=postgres\ndb.password=\n' "$DB" \
    > "$HOME_DIR/config/portal.properties"
fi
PORTAL_HOME=$HOME_DIR "$ROOT/portal" run >"$WORK/portal.out" 2>&1 &
PID=$!
until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; do
  kill -0 $PID 2>/dev/null || { cat "$WORK/portal.out" >&2; exit 1; }
  sleep 0.2
done

echo "| run | request | entries | time (s) | report |"
echo "|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  generate "$N" "$run" > "$WORK/bench.csv"
  SIZE=$(du -h "$WORK/bench.csv" | cut -f1)
  read -r t rest < <(post "$WORK/bench.csv" "?dryRun=true");  echo "| $run | dry run | $N ($SIZE) | $t | $rest |"
  read -r t rest < <(post "$WORK/bench.csv" "");              echo "| $run | import | $N | $t | $rest |"
  read -r t rest < <(post "$WORK/bench.csv" "");              echo "| $run | same file again | $N | $t | $rest |"
done
echo
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); $(date -u +%Y-%m-%d); db: ${BENCH_DB:-h2}"
