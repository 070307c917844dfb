#!/usr/bin/env bash
# The search engine's benchmark: indexing throughput and query latency on a generated corpus.
#
#   plugins/search/bench/search-bench.sh [documents] [clients] [operations] [seed]   (defaults 200000 8 20000 42)
#
# Generates a deterministic corpus of Vietnamese-looking documents (syllables from Vietnamese
# onsets, rhymes and tones with a Zipf distribution, mixed with real phrases of government
# texts; titles 6–14 words, summaries 15–35, bodies 80–300; 10 sites, 5% restricted) into
# memory, builds the index as the plugin's full rebuild does (LiveIndex.rebuild: one writer
# thread per core, commit and swap at the end), then runs a mix of searches and suggestions
# from concurrent clients (see SearchBench.mix) after a warm-up drawn separately and twice as long
# (the JIT compiler's first 30-40 s; -Dbench.warmup=N to change it), and prints
# documents/s, p50/p90/p99 latencies, CPU time per document and per operation, and the load
# average. -Dbench.remember=false (before the arguments, in JAVA_OPTS) computes every search
# (no reuse of recent results). Compiles the plugin's test classes first; needs nothing
# running. Uses a temporary directory.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d /tmp/search-bench-XXXX)
trap 'rm -rf "$WORK"' EXIT

# (every module of the reactor writes the file; the search plugin, built last, writes it last)
mvn -B -q test-compile dependency:build-classpath -pl plugins/search -am \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="plugins/search/target/classes:plugins/search/target/test-classes:$(cat "$WORK/cp.txt")"

# 2 GB: the corpus is held in memory (about 400 MB) besides the index writer's buffer
java -Xms2g -Xmx2g -XX:+UseParallelGC ${JAVA_OPTS:-} -cp "$CP" vn.portal.plugins.search.bench.SearchBench "$WORK/index" "$@"
