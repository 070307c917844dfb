package vn.portal.plugins.search.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.engine.SearchIndex;
import vn.portal.plugins.search.index.IndexFolders;
import vn.portal.plugins.search.index.LiveIndex;
import vn.portal.plugins.search.engine.SearchQuery;
import vn.portal.plugins.search.engine.SearchQuery.Order;

/**
 * The search benchmark (plugins/search/bench/search-bench.sh runs it): builds the index of a
 * generated Vietnamese corpus the way the plugin's full rebuild does ({@link LiveIndex#rebuild}:
 * the source on one thread, the documents analysed on one writer thread per core, committed and
 * swapped in at the end), then runs a mix of searches and suggestions from concurrent clients
 * and prints throughput, latencies and CPU time per operation (steadier than wall-clock time
 * on a shared machine).
 *
 * <pre>SearchBench &lt;folder&gt; [documents=200000] [clients=8] [operations=20000] [seed=42]</pre>
 */
public final class SearchBench {

    private SearchBench() {
    }

    /** One operation of the mix: a search or a suggestion. */
    record Operation(SearchQuery query, String prefix, Set<String> sites) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int operations = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        VietnameseCorpus corpus = new VietnameseCorpus(seed, 6000);

        boolean reuse = Boolean.getBoolean("bench.reuse");   // search an index a previous run left (profiling)
        try (LiveIndex live = LiveIndex.open(new IndexFolders(dir))) {
            if (!reuse || live.needsRebuild()) {
                index(live, new StoredCorpus(corpus, seed, documents), documents);
                System.out.printf(Locale.ROOT, "index size %.0f MB%n", size(dir) / 1e6);
            }
            // recent results are reused unless -Dbench.remember=false (then every search is computed)
            boolean remember = !"false".equals(System.getProperty("bench.remember"));
            live.read(index -> {
                index.remember(remember);
                return null;
            });
            // the warm-up draws its own operations: the measured ones are not answered from its results. Twice
            // as many as measured: the JIT compiler keeps the two cores a third busy for the first 30-40 s of
            // searching (printed: its compiling time per phase), and a portal searches for weeks after its start
            run(live, mix(corpus, seed, documents, new Random(seed + 1),
                    Integer.getInteger("bench.warmup", 2 * operations)), clients, "warm-up");
            long[] before = live.read(SearchIndex::recentResultsUse);
            run(live, mix(corpus, seed, documents, new Random(seed), operations), clients, "measured");
            long[] after = live.read(SearchIndex::recentResultsUse);
            System.out.printf(Locale.ROOT, "recent results %s: %d searches answered from them (the same search, or the"
                    + " counts for another page or order), %d computed%n", remember ? "on" : "off", after[0] - before[0],
                    after[1] - before[1]);
        }
    }

    /**
     * A full rebuild, timed from its start to the new index searchable (committed, swapped in),
     * and to the end of its merge into one segment, which follows (searches already use it).
     */
    private static void index(LiveIndex live, StoredCorpus source, int documents) {
        System.gc();   // the corpus was just generated: its garbage should not be collected on the clock
        double load = loadAverage();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        if (!live.rebuild(source, "benchmark")) {
            throw new IllegalStateException("the rebuild failed: " + live.status().getError());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double searchable = java.time.Duration.between(live.status().getStartedAt(), live.status().getFinishedAt())
                .toMillis() / 1e3;
        System.out.printf(Locale.ROOT, "indexed %d documents, searchable after %.1f s: %.0f documents/s; merged into one"
                + " segment %.1f s later (%.0f documents/s to the end of the merge); process CPU %.1f s in all (%.2f ms"
                + " per document, writing and merging); load average %.1f before, %.1f after%n", documents, searchable,
                documents / searchable, wall - searchable, documents / wall, cpu, cpu * 1000 / documents, load,
                loadAverage());
    }

    private static void run(LiveIndex live, List<Operation> mix, int clients, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] searchNanos = new long[mix.size()];
        long[] cpuNanos = new long[mix.size()];
        boolean[] isSearch = new boolean[mix.size()];
        long[] estimated = new long[1];
        long[] hits = new long[1];
        long cpuBefore = processCpuNanos();
        long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long found = 0;
                long approximate = 0;
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = client; i < mix.size(); i += clients) {
                    Operation op = mix.get(i);
                    long cpu = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    if (op.query() != null) {
                        var r = live.read(index -> index.search(op.query()));
                        found += r.total();
                        approximate += r.approximate() ? 1 : 0;
                        isSearch[i] = true;
                    } else {
                        found += live.read(index -> index.suggest(op.prefix(), op.sites(), null, 8)).size();
                    }
                    searchNanos[i] = System.nanoTime() - t;
                    cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
                }
                synchronized (hits) {
                    hits[0] += found;
                    estimated[0] += approximate;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int slowest = Integer.getInteger("bench.slowest", 0);   // the costliest searches (CPU), to see what to work on
        if (slowest > 0 && label.equals("measured")) {
            java.util.stream.IntStream.range(0, mix.size()).filter(i -> isSearch[i]).boxed()
                    .sorted((a, b) -> Long.compare(cpuNanos[b], cpuNanos[a])).limit(slowest)
                    .forEach(i -> System.out.printf(Locale.ROOT, "  %6.1f ms CPU  %s%n", cpuNanos[i] / 1e6,
                            describe(mix.get(i).query())));
        }
        long[] searches = filter(searchNanos, isSearch, true);
        long[] suggestions = filter(searchNanos, isSearch, false);
        System.out.printf(Locale.ROOT, "%s: %d operations by %d clients in %.1f s (%.0f/s, process CPU %.1f s, JIT"
                + " compiling %.1f s); mean hits per search %.0f (%d estimated); load average %.1f%n", label, mix.size(),
                clients, seconds, mix.size() / seconds, (processCpuNanos() - cpuBefore) / 1e9,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore) / 1e3,
                (double) hits[0] / Math.max(1, searches.length), estimated[0], loadAverage());
        System.out.printf(Locale.ROOT, "  searches    (%d): %s%n", searches.length, percentiles(searches));
        System.out.printf(Locale.ROOT, "  suggestions (%d): %s%n", suggestions.length, percentiles(suggestions));
        System.out.printf(Locale.ROOT, "  all         (%d): %s%n", searchNanos.length, percentiles(searchNanos.clone()));
        long[] searchCpu = filter(cpuNanos, isSearch, true);
        long[] suggestCpu = filter(cpuNanos, isSearch, false);
        System.out.printf(Locale.ROOT, "  CPU per search:     mean %.2f ms, %s%n", mean(searchCpu), percentiles(searchCpu));
        System.out.printf(Locale.ROOT, "  CPU per suggestion: mean %.2f ms, %s%n", mean(suggestCpu), percentiles(suggestCpu));
    }

    private static String describe(SearchQuery q) {
        return "\"" + q.text() + "\"" + (q.sites().isEmpty() ? "" : " site") + (q.types().isEmpty() ? "" : " type")
                + (q.from() == null ? "" : " from") + (q.order() == Order.NEWEST ? " newest" : "")
                + (q.page() > 1 ? " page " + q.page() : "") + (q.mayRead() == null ? "" : " staff");
    }

    private static long[] filter(long[] nanos, boolean[] keep, boolean which) {
        return java.util.stream.IntStream.range(0, nanos.length).filter(i -> keep[i] == which).mapToLong(i -> nanos[i])
                .toArray();
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "-";
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", at(nanos, 0.50),
                at(nanos, 0.90), at(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    /** The system's load average over the last minute (other processes competing for the cores). */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * The mix: what people type into a portal's search box. Mostly two to four consecutive
     * words of a title or text that exists (people look for things that are there), real
     * phrases and abbreviations, single words, misspelt words; a quarter typed without
     * diacritics. Some searches have a site, type or date filter, are newest first, ask for the
     * second page, or come from staff holding a permission. One operation in five is a
     * suggestion as the user types (one or two words and the start of the next).
     */
    static List<Operation> mix(VietnameseCorpus corpus, long seed, int documents, Random r, int n) {
        String[] abbreviations = {"UBND", "TTHC", "BHXH tự nguyện", "QĐ", "CCHC năm 2026", "CĐS", "HĐND tỉnh",
            "ubnd xa", "tthc dat dai"};
        List<Operation> ops = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(100);
            SearchDocument source = corpus.document(seed, r.nextInt(documents));
            String text;
            if (kind < 20) {
                String words = window(source.title(), r, 2 + r.nextInt(2));
                text = words.substring(0, words.length() - r.nextInt(Math.min(3, words.length())));
                ops.add(new Operation(null, r.nextInt(4) == 0 ? fold(text) : text,
                        r.nextInt(3) == 0 ? Set.of(source.siteKey()) : Set.of()));
                continue;
            } else if (kind < 45) {
                text = window(source.title(), r, 2 + r.nextInt(3));
            } else if (kind < 60) {
                text = window(source.body(), r, 2 + r.nextInt(3));
            } else if (kind < 75) {
                String phrase = VietnameseCorpus.PHRASES[r.nextInt(VietnameseCorpus.PHRASES.length)];
                text = r.nextBoolean() ? phrase : phrase + " " + window(source.title(), r, 1);
            } else if (kind < 82) {
                text = abbreviations[r.nextInt(abbreviations.length)];
            } else if (kind < 90) {
                text = window(source.title(), r, 1);
            } else {
                text = misspell(window(source.title(), r, 2 + r.nextInt(2)), r);
            }
            if (r.nextInt(4) == 0) {
                text = fold(text);
            }
            Set<String> sites = r.nextInt(5) == 0 ? Set.of(source.siteKey()) : Set.of();
            Set<String> types = r.nextInt(10) == 0 ? Set.of("announcement") : Set.of();
            LocalDate from = r.nextInt(20) == 0 ? LocalDate.of(2024, 1, 1) : null;
            Order order = r.nextInt(10) == 0 ? Order.NEWEST : Order.RELEVANCE;
            int page = r.nextInt(5) == 0 ? 2 : 1;
            boolean staff = r.nextInt(10) == 0;
            ops.add(new Operation(new SearchQuery(text, sites, types, Set.of(), Set.of(), Set.of(), from, null, null,
                    order, page, 10, staff ? p -> p.equals("content.read.internal") : null, null), null, null));
        }
        return ops;
    }

    /** {@code count} consecutive words of a text, from a random place. */
    private static String window(String text, Random r, int count) {
        String[] words = text.replace(".", "").split(" ");
        int start = r.nextInt(Math.max(1, words.length - count + 1));
        return String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + count)));
    }

    private static String misspell(String text, Random r) {
        char[] c = text.toCharArray();
        int i = r.nextInt(c.length);
        c[i] = c[i] == ' ' ? ' ' : (char) ('a' + r.nextInt(26));
        return new String(c);
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
