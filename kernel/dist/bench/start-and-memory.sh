#!/usr/bin/env bash
# Measures start-to-first-page time and resident memory of the running portal.
#
#   kernel/dist/bench/start-and-memory.sh [runs]      (default 3 runs)
#
# Each run: a fresh portal home (first start: migrations, demo seed) and then a
# restart of the same home (warm start). Time runs from launching ./portal run to
# the first HTTP 200 of the home page; memory is the java process's RSS after the
# home page, the site map and an API call have been served once.
# Needs a built distribution (./portal build). Uses port 8099 on 127.0.0.1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
RUNS=${1:-3}
PORT=${BENCH_PORT:-8099}
export PORTAL_PORT=$PORT PORTAL_SKIP_BUILD=1 PORTAL_ADMIN_PASSWORD='Bench-Mark-2026!x'

now_ms() { date +%s%3N; }

one_start() {  # $1 = home; prints "<ms> <rss MB>"
  local home=$1 t0 t1 pid rss
  t0=$(now_ms)
  PORTAL_HOME=$home "$ROOT/portal" run >"$home.out" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; do
    kill -0 $pid 2>/dev/null || { echo "portal died, see $home.out" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now_ms)
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/so-do-cong"
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/sites"
  sleep 1
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill -TERM $pid
  wait $pid 2>/dev/null || true
  echo "$((t1 - t0)) $rss"
}

echo "| run | start | time to first page (ms) | RSS (MB) |"
echo "|---|---|---|---|"
for i in $(seq 1 "$RUNS"); do
  home=$(mktemp -d /tmp/portal-bench-XXXX)
  read -r ms mb < <(one_start "$home")
  echo "| $i | first (empty home) | $ms | $mb |"
  read -r ms mb < <(one_start "$home")
  echo "| $i | restart | $ms | $mb |"
  rm -rf "$home" "$home.out"
done
echo
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); $(date -u +%Y-%m-%d)"
