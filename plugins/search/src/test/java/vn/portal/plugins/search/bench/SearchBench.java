package vn.portal.plugins.search.bench;

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
import vn.portal.plugins.search.engine.SearchQuery;
import vn.portal.plugins.search.engine.SearchQuery.Order;

/**
 * The search benchmark (plugins/search/bench/search-bench.sh runs it): indexes a generated
 * Vietnamese corpus through {@link SearchIndex#upsert} from one thread, then runs a mix of
 * searches and suggestions from concurrent clients and prints throughput and latencies.
 *
 * <pre>SearchBench &lt;index dir&gt; [documents=200000] [clients=8] [operations=20000] [seed=42]</pre>
 */
public final class SearchBench {

    private SearchBench() {
    }

    /** One operation of the mix: a search or a suggestion. */
    private record Operation(SearchQuery query, String prefix, Set<String> sites) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int operations = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        VietnameseCorpus corpus = new VietnameseCorpus(seed, 6000);

        boolean reuse = Boolean.getBoolean("bench.reuse");   // search an index a previous run left (profiling)
        try (SearchIndex index = reuse ? SearchIndex.open(dir) : SearchIndex.recreate(dir)) {
            if (!reuse) {
                index(index, corpus, seed, documents);
                System.out.printf(Locale.ROOT, "index size %.0f MB%n", size(dir) / 1e6);
            }
            List<Operation> mix = mix(corpus, seed, documents, new Random(seed), operations);
            run(index, mix.subList(0, Math.min(mix.size(), operations / 5)), clients, "warm-up");
            run(index, mix, clients, "measured");
        }
    }

    /** Documents are generated in batches outside the clock: the figure is the engine's. */
    private static void index(SearchIndex index, VietnameseCorpus corpus, long seed, int documents) {
        long indexing = 0;
        long cpuBefore = processCpuNanos();
        long wallStart = System.nanoTime();
        List<SearchDocument> batch = new ArrayList<>(1000);
        for (int n = 0; n < documents; n += 1000) {
            batch.clear();
            for (int i = n; i < Math.min(documents, n + 1000); i++) {
                batch.add(corpus.document(seed, i));
            }
            long t = System.nanoTime();
            for (SearchDocument d : batch) {
                index.upsert(d);
            }
            index.refresh();   // as the plugin does after each batch
            indexing += System.nanoTime() - t;
        }
        long t = System.nanoTime();
        index.commit();
        index.refresh();
        indexing += System.nanoTime() - t;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "indexed %d documents: %.0f documents/s (%.1f s in upsert/refresh/commit,"
                + " one thread, refresh every 1000; %.1f s wall with generation; process CPU %.1f s)%n",
                documents, documents / (indexing / 1e9), indexing / 1e9, wall, cpu);
    }

    private static void run(SearchIndex index, List<Operation> mix, int clients, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] searchNanos = new long[mix.size()];
        boolean[] isSearch = new boolean[mix.size()];
        long[] hits = new long[1];
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long found = 0;
                for (int i = client; i < mix.size(); i += clients) {
                    Operation op = mix.get(i);
                    long t = System.nanoTime();
                    if (op.query() != null) {
                        found += index.search(op.query()).total();
                        isSearch[i] = true;
                    } else {
                        found += index.suggest(op.prefix(), op.sites(), null, 8).size();
                    }
                    searchNanos[i] = System.nanoTime() - t;
                }
                synchronized (hits) {
                    hits[0] += found;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] searches = filter(searchNanos, isSearch, true);
        long[] suggestions = filter(searchNanos, isSearch, false);
        System.out.printf(Locale.ROOT, "%s: %d operations by %d clients in %.1f s (%.0f/s, process CPU %.1f s);"
                + " mean hits per search %.0f%n", label, mix.size(), clients, seconds, mix.size() / seconds,
                (processCpuNanos() - cpuBefore) / 1e9, (double) hits[0] / Math.max(1, searches.length));
        System.out.printf(Locale.ROOT, "  searches    (%d): %s%n", searches.length, percentiles(searches));
        System.out.printf(Locale.ROOT, "  suggestions (%d): %s%n", suggestions.length, percentiles(suggestions));
        System.out.printf(Locale.ROOT, "  all         (%d): %s%n", searchNanos.length, percentiles(searchNanos.clone()));
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
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
