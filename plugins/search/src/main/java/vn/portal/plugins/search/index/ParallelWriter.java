package vn.portal.plugins.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.engine.SearchIndex;

/**
 * Writes a rebuild's documents into the new index from several threads. Analysing a document
 * is most of the cost of indexing it, and Lucene's writer takes documents from many threads at
 * once (each thread fills its own in-memory segment), so the source reads the database on its
 * thread while the documents it handed over are analysed on the others. Batches in flight are
 * bounded: a fast source waits rather than filling the memory.
 */
final class ParallelWriter implements AutoCloseable {

    private static final int BATCH = 100;

    private final SearchIndex target;
    private final AtomicLong written;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private List<SearchDocument> batch = new ArrayList<>(BATCH);

    /**
     * @param written counts the documents written (the rebuild's progress)
     */
    ParallelWriter(SearchIndex target, int threads, AtomicLong written) {
        this.target = target;
        this.written = written;
        this.maxInFlight = threads * 2;
        this.inFlight = new Semaphore(maxInFlight);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-rebuild-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);   // the plugin's, as on the thread that started the rebuild
            return t;
        });
    }

    /** The writer threads for this machine: one per core, at most four (the source reads on its own). */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Hands a document over; throws the failure of an earlier batch, if any. */
    void add(SearchDocument d) {
        rethrow();
        batch.add(d);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<SearchDocument> docs = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.acquireUninterruptibly();
        try {
            pool.execute(() -> {
                try {
                    for (SearchDocument d : docs) {
                        if (failure.get() != null) {
                            return;
                        }
                        target.upsert(d);
                        written.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Waits until every document handed over is in the index; throws the first failure. */
    void finish() {
        submit();
        inFlight.acquireUninterruptibly(maxInFlight);
        inFlight.release(maxInFlight);
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
