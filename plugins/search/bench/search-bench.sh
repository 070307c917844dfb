#!/usr/bin/env bash
# The search engine's benchmark: indexing throughput and query latency on a generated corpus.
#
#   plugins/search/bench/search-bench.sh [documents] [clients] [operations] [seed]   (defaults 200000 8 20000 42)
#
# Generates a deterministic corpus of Vietnamese-looking documents (syllables from Vietnamese
# onsets, rhymes and tones with a Zipf distribution, mixed with real phrases of government
# texts; titles 6–14 words, summaries 15–35, bodies 80–300; 10 sites, 5% restricted), indexes
# it through SearchIndex.upsert from one thread (refresh every 1,000 documents, commit at the
# end), then runs a mix of searches and suggestions from concurrent clients (see
# SearchBench.mix) after a warm-up, and prints documents/s and p50/p90/p99 latencies.
# Compiles the plugin's test classes first; needs nothing running. Uses a temporary directory.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d /tmp/search-bench-XXXX)
trap 'rm -rf "$WORK"' EXIT

# (every module of the reactor writes the file; the search plugin, built last, writes it last)
mvn -B -q test-compile dependency:build-classpath -pl plugins/search -am \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="plugins/search/target/classes:plugins/search/target/test-classes:$(cat "$WORK/cp.txt")"

java -Xms1g -Xmx1g -XX:+UseParallelGC -cp "$CP" vn.portal.plugins.search.bench.SearchBench "$WORK/index" "$@"
