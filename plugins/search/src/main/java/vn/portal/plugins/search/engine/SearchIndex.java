package vn.portal.plugins.search.engine;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import vn.portal.plugins.search.api.SearchDocument;

/**
 * A Lucene index of search documents on disk: one {@link IndexWriter} (writes may come from
 * any thread, one at a time is enough), a {@link SearcherManager} for near-real-time readers,
 * and any number of concurrent searches.
 */
public final class SearchIndex implements AutoCloseable {

    /** The deepest result a search pages to: page × size beyond it returns no hits (the total still counts). */
    static final int MAX_DEPTH = 10_000;
    static final int MAX_PAGE_SIZE = 100;
    /**
     * Matches whose facets are counted one by one; beyond, the facets are estimated from a
     * sample of about {@link #SAMPLE} matches (the total is always exact).
     */
    public static final int EXACT_COUNT = 1000;
    static final int SAMPLE = 500;
    /**
     * Recent results kept: the popular searches' pages. Not more: a page with its facets is tens of
     * kilobytes of small objects, and 500 of them churning through the young generation made every
     * minor garbage collection copy 20 MB (14 ms pauses, at 8 concurrent searches a good part of
     * the slowest hundredth; 100 kept: 3–5 ms).
     */
    static final int RECENT = 100;
    /** Below this many documents no word counts as too common to require. */
    static final int COMMON_MIN_DOCS = 1000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Whole results (a page). */
    private final RecentResults<Object, SearchResults> results = new RecentResults<>(RECENT);
    private volatile boolean remembering = true;
    private final Turns turns = Turns.onePerCore();
    private final CommonWords commonWords = new CommonWords();
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in {@code dir}, creating an empty one when there is none.
     *
     * @throws IndexDamagedException when the files there cannot be read, or were written with
     *         another schema: the caller should {@link #recreate} it and index everything again
     * @throws UncheckedIOException for other I/O trouble (no permission, the index locked by
     *         another process), where rebuilding would not help
     */
    public static SearchIndex open(Path dir) throws IndexDamagedException {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            checkReadable(dir, directory);
            Analyzer analyzer = IndexSchema.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setIndexSort(IndexSchema.indexSort());
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    // no query cache: a cached filter (a bit set) is never the lead of a conjunction,
                    // so a search of one site would walk every match of its words in every site
                    searcher.setQueryCache(null);
                    return searcher;
                }
            });
            return new SearchIndex(directory, writer, searchers);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                | NoSuchFileException | FileNotFoundException | EOFException e) {
            closeQuietly(directory);
            throw new IndexDamagedException("the search index in " + dir + " cannot be read: " + e.getMessage(), e);
        } catch (IndexDamagedException e) {
            closeQuietly(directory);
            throw e;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("the search index in " + dir + " is open elsewhere", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes whatever is in {@code dir} and opens a new, empty index there (after {@link IndexDamagedException}). */
    public static SearchIndex recreate(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(dir)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            return open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexDamagedException e) {
            throw new IllegalStateException("a new index in " + dir + " cannot be read", e);
        }
    }

    /**
     * Opening a reader reads the commit, every segment's metadata and the checksummed footers
     * of its files: truncated, missing or foreign files fail here. (A full check of every byte,
     * CheckIndex, would take minutes on a large index.)
     */
    private static void checkReadable(Path dir, Directory directory) throws IOException, IndexDamagedException {
        if (!DirectoryReader.indexExists(directory)) {
            String[] files = directory.listAll();
            for (String f : files) {
                if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    throw new IndexDamagedException("the search index in " + dir + " has files but no commit (" + f
                            + ")", null);
                }
            }
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String version = reader.getIndexCommit().getUserData().get(IndexSchema.VERSION_KEY);
            if (!IndexSchema.VERSION.equals(version)) {
                throw new IndexDamagedException("the search index in " + dir + " has schema " + version
                        + ", this engine writes " + IndexSchema.VERSION, null);
            }
        }
    }

    /** Adds the document, or replaces the one with the same source and id. */
    public void upsert(SearchDocument d) {
        Document doc = IndexSchema.toLucene(d);
        try {
            writer.updateDocument(IndexSchema.uid(d.source(), d.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String source, String id) {
        try {
            writer.deleteDocuments(IndexSchema.uid(source, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document of a site (before a rebuild, or when the site is deleted). */
    public void deleteSite(String siteKey) {
        try {
            writer.deleteDocuments(new Term(IndexSchema.SITE, siteKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the writes so far visible to searches (near real time; cheap, call after each batch). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the writes so far durable (they survive a crash). */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment, then makes that visible and durable. After a full
     * rebuild (a dozen segments): every search looks each of its words up, and sets up its
     * scorers, in every segment, and a single segment costs about a fifth less per search.
     * Blocks for as long as the merge takes (seconds per hundred thousand documents); searches
     * and changes go on meanwhile.
     */
    public void mergeIntoOneSegment() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        commit();
    }

    /** The documents of a site (visible ones: after {@link #refresh}). */
    public long count(String siteKey) {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(IndexSchema.SITE, siteKey))));
    }

    public SearchResults search(SearchQuery q) {
        return withSearcher(s -> new Search(s, q, this).run());
    }

    /**
     * Whether recent results are reused (on by default; the benchmark turns it off to measure
     * the cost of searches themselves).
     */
    public void remember(boolean on) {
        remembering = on;
    }

    /** Searches answered from recent results, and searches computed, since the index was opened. */
    public long[] recentResultsUse() {
        return new long[] {results.hits(), results.misses()};
    }

    /**
     * Titles of public documents completing what the user is typing ("quyết đ" → "Quyết định
     * về …"), best first, at most {@code max} (≤ 20).
     */
    public List<String> suggest(String prefix, Set<String> sites, String locale, int max) {
        return withSearcher(s -> Suggestions.suggest(s, prefix, sites, locale, max));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException | RuntimeException ignored) {
                // the original failure is what matters
            }
        }
    }

    /** One search: the query planned, run with the counters, the page's hits highlighted. */
    private static final class Search {
        private final IndexSearcher searcher;
        private final SearchQuery q;
        private final SearchIndex index;
        private final long version;
        private final Map<Term, TermStates> termStates = new HashMap<>();

        Search(IndexSearcher searcher, SearchQuery q, SearchIndex index) {
            this.searcher = searcher;
            this.q = q;
            this.index = index;
            this.version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        }

        SearchResults run() throws IOException {
            Synonyms synonyms = q.synonyms() == null ? Synonyms.defaults() : q.synonyms();
            QueryWords words = QueryWords.of(q.text());
            boolean browse = q.text() == null || q.text().isBlank();
            if (!browse && words.isEmpty()) {
                return new SearchResults(0, List.of(), Map.of(), null, false);   // only punctuation: nothing to look for
            }
            int size = Math.max(1, Math.min(MAX_PAGE_SIZE, q.size()));
            int page = Math.max(1, q.page());
            long depth = (long) page * size;

            QueryPlanner.Plan strict = browse ? null : QueryPlanner.plan(words, synonyms, true, this::common, this::term);
            Set<String> marks = browse ? null : QueryPlanner.highlightTerms(words, synonyms);
            if (!index.remembering) {
                return index.turns.take(() -> compute(strict, marks, words, synonyms, depth, page, size));
            }
            // the words as typed too: "did you mean" answers in the spelling typed
            List<Object> key = List.of(version, strict == null ? "" : strict, filters(), q.order(), page, size,
                    marks == null ? "" : marks, words.exact());
            return index.results.get(key,
                    () -> index.turns.take(() -> compute(strict, marks, words, synonyms, depth, page, size)));
        }

        /**
         * Finds every match (the words, the reader's permissions, the filters) into a bit set:
         * the total is exact, the facets are counted on all of them or, beyond
         * {@link #EXACT_COUNT}, on a sample; the page's hits are ranked among them.
         */
        private SearchResults compute(QueryPlanner.Plan strict, Set<String> marks, QueryWords words, Synonyms synonyms,
                long depth, int page, int size) {
            try {
                QueryPlanner.Plan plan = strict;
                Query unreadable = Filters.unreadable(searcher.getIndexReader(), q.mayRead());
                MatchSet set = MatchSet.of(searcher, index.commonWords, plan == null ? null : plan.match(), q, unreadable);
                if (set.total() == 0 && plan != null && words.size() > 1) {
                    // no document has most of the words: show those with any of them
                    plan = QueryPlanner.plan(words, synonyms, false, this::common, this::term);
                    set = MatchSet.of(searcher, index.commonWords, plan.match(), q, unreadable);
                }
                FacetCounter counter = new FacetCounter(IndexSchema.FACETS, index.facetOrdinals);
                double p = set.countFacets(counter, EXACT_COUNT, SAMPLE);
                double scale = p >= 1 || counter.total() == 0 ? 1 : (double) set.total() / counter.total();
                TopDocs top = set.total() == 0 ? null : top(set, plan, depth);
                List<Hit> hits = top == null ? List.of() : hits(top, marks, (page - 1) * size, size);
                String didYouMean = plan == null ? null
                        : Spelling.didYouMean(words, synonyms, searcher.getIndexReader(), this::docFreq);
                return new SearchResults(set.total(), hits, counter.facets(scale), didYouMean, p < 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A word in more than a third of the documents: requiring it would filter little and
         * cost much (it is the corpus's "của", "và"). Only in indexes big enough for that to mean something.
         */
        private boolean common(String folded) {
            int docs = searcher.getIndexReader().numDocs();
            return docs >= COMMON_MIN_DOCS && docFreq(new Term(IndexSchema.CONTENT, folded)) > docs / 3;
        }

        /**
         * The query of one term, its lookup in every segment shared by all the queries of this
         * search (the words are looked up to match, to rank, and for "did you mean").
         */
        private Query term(Term t) {
            return new TermQuery(t, states(t));
        }

        private int docFreq(Term t) {
            return states(t).docFreq();
        }

        private TermStates states(Term t) {
            return termStates.computeIfAbsent(t, k -> {
                try {
                    return TermStates.build(searcher, k, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The reader's permissions and the filters asked for, as one query (for the recent results' key). */
        private Query filters() throws IOException {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new MatchAllDocsQuery(), Occur.MUST);
            Filters.add(b, q, searcher.getIndexReader());
            return b.build();
        }

        /**
         * The first {@code depth} matches: by relevance (the plan's scores; Lucene skips
         * documents that cannot reach the page), or newest first (also when browsing without words).
         */
        private TopDocs top(MatchSet set, QueryPlanner.Plan plan, long depth) throws IOException {
            int n = Math.max(1, (int) Math.min(depth, MAX_DEPTH));
            if (plan == null || q.order() == SearchQuery.Order.NEWEST) {
                return NewestFirst.top(set, plan == null ? null : plan.scores(), n);
            }
            // ties in document order: the plain score collector is the cheapest per hit
            return set.collect(plan.scores(), new TopScoreDocCollectorManager(n, null, n).newCollector()).topDocs();
        }

        private List<Hit> hits(TopDocs top, Set<String> marks, int from, int size) throws IOException {
            ScoreDoc[] all = top.scoreDocs;
            if (from >= all.length) {
                return List.of();
            }
            int to = Math.min(all.length, from + size);
            int[] ids = new int[to - from];
            for (int i = from; i < to; i++) {
                ids[i - from] = all[i].doc;
            }
            HitReader.Shown[] shown = HitReader.read(searcher, ids, true);
            String[][] html = Highlights.of(shown, marks);
            List<Hit> hits = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                HitReader.Shown d = shown[i];
                String titleHtml = html[i][0] != null ? html[i][0] : Highlights.escape(d.title());
                String snippetHtml = html[i][1] != null ? html[i][1] : Highlights.lead(d.text());
                hits.add(new Hit(d.source(), d.id(), d.site(), d.type(), d.locale(), d.title(), titleHtml, snippetHtml,
                        d.url(), d.date(), score(all[from + i])));
            }
            return hits;
        }

        private static float score(ScoreDoc sd) {
            if (sd instanceof FieldDoc fd) {
                for (Object f : fd.fields) {
                    if (f instanceof Float score) {
                        return score;
                    }
                }
            }
            return sd.score;
        }
    }
}
