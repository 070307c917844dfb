#!/usr/bin/env bash
# Sustained delivery rate of the notification plugin to a real SMTP server (GreenMail) and to an
# SMS gateway stub, and the delay from event to delivery.
#
#   kernel/dist/bench/notifications.sh [e-mails per second] [seconds]     (default 200 and 60)
#
# Builds the distribution and its test classes (a reactor build from the repository root, no
# install), then runs NotificationBench through failsafe: the real portal is started with
# ./portal start on a fresh home (embedded H2 with WRITE_DELAY=0, the shipped setting), with the
# test plugin "dossierprobe" that publishes the e-form plugin's dossier events (contracts.md)
# through the kernel's outbox; GreenMail and the SMS stub run in the load JVM and note the time
# each message is accepted. Each event carries its publishing time in the receipt code, so
# "event → accepted" runs from the event's creation to the SMTP/HTTP acceptance on one clock.
# Phases (one recipient and channel per event):
#   warm-up: 2,000 e-mails queued at once (not reported);
#   e-mail backlog: BENCH_BACKLOG (5,000) events queued at once, 500 per transaction — how fast
#     the portal drains it (outbox dispatch, recording and sending together);
#   e-mail paced: the given rate for the given seconds (ten requests a second) — the rate
#     delivered and event → accepted p50/p99/max at that rate;
#   SMS backlog and SMS paced (BENCH_SMS_RATE, default 100/s), the same for the HTTP gateway.
# The per-channel rate limits are set above the offered rates (BENCH_EMAIL_LIMIT, BENCH_SMS_LIMIT,
# default 2000): they are checked by NotificationIT, not measured here. Each row also gives the
# portal's CPU time per message and how many cores other processes used meanwhile (machine busy
# time minus the portal and the load JVM): on a shared machine that says how much of the two cores
# the measurement had; on PostgreSQL the database server's CPU per message is its own column (the
# backends of the bench's database and the server's background processes, from /proc), and is not
# counted among the other processes. Results are printed and kept in kernel/dist/target/bench/notifications.md.
# BENCH_DB=postgresql runs the same against a throw-away PostgreSQL database on 127.0.0.1 (user
# postgres), as the other bench scripts do.
# About 6–10 minutes on 2 cores, most of it the build and the portal's start.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
RATE=${1:-200}
SECS=${2:-60}
cd "$ROOT"
mkdir -p "$ROOT/kernel/dist/target"
echo "CPU pressure before: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a); load $(cut -d' ' -f1-3 /proc/loadavg)"
# package + the failsafe goals, not verify: the pre-integration-test phase would unpack Keycloak
# (for SingleSignOnIT), which this benchmark does not need. BENCH_MVN_ARGS=-o builds offline.
mvn -B -q ${BENCH_MVN_ARGS:-} -pl kernel/dist -am package failsafe:integration-test failsafe:verify -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=NotificationBench \
  -Dbench.email-rate="$RATE" -Dbench.seconds="$SECS" -Dbench.sms-rate="${BENCH_SMS_RATE:-100}" \
  -Dbench.backlog="${BENCH_BACKLOG:-5000}" -Dbench.email-limit="${BENCH_EMAIL_LIMIT:-2000}" \
  -Dbench.sms-limit="${BENCH_SMS_LIMIT:-2000}" -Dbench.db="${BENCH_DB:-h2}" >"$ROOT/kernel/dist/target/notifications-bench.log" 2>&1 || {
  tail -60 "$ROOT/kernel/dist/target/notifications-bench.log" >&2
  exit 1
}
echo "CPU pressure after: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
cat "$ROOT/kernel/dist/target/bench/notifications.md"
