package vn.portal.plugins.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.plugins.search.engine.IndexDamagedException;
import vn.portal.plugins.search.engine.SearchIndex;

/**
 * The index this node searches, kept current change by change, and rebuilt online: a
 * rebuild fills a new index in a new folder while searches and changes keep using the old
 * one; changes that arrive meanwhile are noted and read again into the new index, which
 * then replaces the old one in one step.
 *
 * <p>Changes are written at once but become searchable at the next refresh, at most
 * {@link #VISIBLE_MS} later, and durable at the next commit, at most {@link #DURABLE_MS} later,
 * both on a thread of their own. Refreshing and committing after every change made one segment
 * per change, which Lucene then merged again and again: publishing 20,000 items in a row took
 * the index hours to follow. A crash loses the changes since the last commit, while the outbox
 * counts them as delivered: a folder in use holds a marker file, and when {@link #open} finds
 * it (the portal was not stopped cleanly) it serves the index it has and asks for a rebuild.
 *
 * <p>Locking: searches and changes hold the read lock (Lucene takes care of concurrent use
 * of one index); only the swap and the start of a rebuild hold the write lock, briefly.
 */
public final class LiveIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());
    /** A change is searchable this long after it was applied, at most (plus the refresh itself). */
    public static final long VISIBLE_MS = 100;
    /** … and survives a crash this long after, at most. */
    public static final long DURABLE_MS = 1000;
    /** Present in the current index's folder while it is open; left behind by a crash. */
    public static final String IN_USE = "in-use";

    private final IndexFolders folders;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private SearchIndex current;
    private Path currentDir;
    private volatile boolean needsRebuild;
    private volatile String damage;
    private volatile Build build;
    private volatile RebuildStatus last;
    private boolean closed;
    private final Map<String, Instant> lastChange = new ConcurrentHashMap<>();
    /** Calls of {@link #apply} so far; those searchable; those committed (guarded by {@code this}). */
    private final AtomicLong applied = new AtomicLong();
    private volatile long visible;
    private long durable;
    private long lastCommit = System.nanoTime();
    private volatile Runnable onVisible = () -> { };
    private final ScheduledExecutorService flusher;

    private LiveIndex(IndexFolders folders, SearchIndex index, Path dir, boolean needsRebuild, String damage) {
        this.folders = folders;
        this.current = index;
        this.currentDir = dir;
        this.needsRebuild = needsRebuild;
        this.damage = damage;
        ClassLoader loader = LiveIndex.class.getClassLoader();
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-index-refresh");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, VISIBLE_MS, VISIBLE_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the current index. When it is missing or cannot be read, an empty stand-in serves
     * searches (the portal keeps running) and {@link #needsRebuild()} says so; the caller
     * starts {@link #rebuild}.
     */
    public static LiveIndex open(IndexFolders folders) {
        Optional<Path> dir = folders.current();
        String damage = "missing";
        if (dir.isPresent()) {
            try {
                boolean crashed = Files.exists(dir.get().resolve(IN_USE));
                LiveIndex live = new LiveIndex(folders, SearchIndex.open(dir.get()), dir.get(), crashed,
                        crashed ? "not closed cleanly: the last second of changes may be missing" : null);
                if (crashed) {
                    LOG.warning("The search index was not closed cleanly (the portal stopped abruptly): it serves"
                            + " searches while it is rebuilt from the database");
                }
                markInUse(dir.get());
                folders.deleteAllBut(dir.get()); // left-overs of a build a crash interrupted
                return live;
            } catch (IndexDamagedException e) {
                damage = "damaged: " + e.getMessage();
                LOG.log(Level.WARNING, "The search index cannot be read and is rebuilt from the database: "
                        + e.getMessage());
            }
        } else {
            LOG.info("There is no search index yet: it is built from the database");
        }
        Path standIn = folders.newFolder();
        return new LiveIndex(folders, SearchIndex.recreate(standIn), standIn, true, damage);
    }

    /** True until a rebuild replaced a missing or damaged index. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Why the index was rebuilt at start ("missing", "damaged: …"), or null. */
    public String damage() {
        return damage;
    }

    /**
     * Applies changes to the index (and notes them for a rebuild under way); they are searchable
     * within {@link #VISIBLE_MS} and durable within {@link #DURABLE_MS}.
     */
    public void apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        lock.readLock().lock();
        try {
            requireOpen();
            Build b = build;
            Instant now = Instant.now();
            for (Change c : changes) {
                write(current, c);
                if (b != null) {
                    b.touched.put(c.key(), c.siteKey() == null ? "" : c.siteKey());
                }
                if (c.siteKey() != null) {
                    lastChange.put(c.siteKey(), now);
                }
            }
            applied.incrementAndGet();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs after each refresh that made changes searchable (e.g. dropping cached result pages). */
    public void onVisible(Runnable action) {
        this.onVisible = action;
    }

    /** Waits until the changes applied so far are searchable; false when that took longer than {@code max}. */
    public boolean awaitVisible(Duration max) throws InterruptedException {
        long target = applied.get();
        long deadline = System.nanoTime() + max.toNanos();
        while (visible < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Makes what was applied searchable and, once a second, durable (the refresh thread, every 100 ms). */
    private synchronized void flush() {
        long upTo = applied.get();
        boolean refreshed = false;
        lock.readLock().lock();
        try {
            if (closed) {
                return;
            }
            if (upTo != visible) {
                current.refresh();
                refreshed = true;
            }
            long now = System.nanoTime();
            if (upTo != durable && now - lastCommit >= TimeUnit.MILLISECONDS.toNanos(DURABLE_MS)) {
                current.commit();
                durable = upTo;
                lastCommit = now;
            }
        } finally {
            lock.readLock().unlock();
        }
        if (refreshed) {
            try {
                onVisible.run();
            } finally {
                visible = upTo;
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index refresh failed; retried shortly: " + e, e);
        }
    }

    private static void markInUse(Path dir) {
        try {
            Files.writeString(dir.resolve(IN_USE), "open since " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(SearchIndex index, Change c) {
        if (c.document() != null) {
            index.upsert(c.document());
        } else {
            index.delete(c.source(), c.id());
        }
    }

    /** Runs work against the index searches use now. */
    public <T> T read(Function<SearchIndex, T> work) {
        lock.readLock().lock();
        try {
            requireOpen();
            return work.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** When a change of the site last reached the index on this node (since start), or null. */
    public Instant lastChange(String siteKey) {
        return lastChange.get(siteKey);
    }

    /** Changes of the site noted during the running rebuild, not yet in the new index. */
    public int waiting(String siteKey) {
        Build b = build;
        return b == null ? 0 : (int) b.touched.values().stream().filter(siteKey::equals).count();
    }

    /** The running rebuild's progress, else the outcome of the last one, else null. */
    public RebuildStatus status() {
        Build b = build;
        return b != null ? b.status() : last;
    }

    public boolean isRebuilding() {
        return build != null;
    }

    /**
     * Builds a complete new index from the source and swaps it in. Blocks until done (run it on a
     * background thread). Returns false when another rebuild is running. On failure the old index
     * stays in use and {@link #status()} tells why.
     */
    public boolean rebuild(DocumentSource source, String reason) {
        Build b;
        lock.writeLock().lock();
        try {
            if (build != null || closed) {
                return false;
            }
            long expected = needsRebuild ? 0 : source.siteKeys().stream().mapToLong(current::count).sum();
            Path dir = folders.newFolder();
            b = new Build(dir, SearchIndex.recreate(dir), reason, expected);
            build = b;
        } finally {
            lock.writeLock().unlock();
        }
        LOG.info("Search index rebuild started (" + reason + ") in " + b.dir);
        try {
            List<String> sites = source.siteKeys();
            b.sitesTotal.set(sites.size());
            try (ParallelWriter writer = new ParallelWriter(b.target, ParallelWriter.threads(), b.documents)) {
                for (String site : sites) {
                    source.forEachDocument(site, writer::add);
                    b.sitesDone.incrementAndGet();
                }
                writer.finish();
            }
            replay(b, source); // what changed while the bulk ran, without stopping anyone
            SearchIndex old;
            Path oldDir;
            lock.writeLock().lock();
            try {
                requireOpen();
                replay(b, source); // what changed since, with changes held off for a moment
                b.target.commit();
                b.target.refresh();
                markInUse(b.dir);
                folders.makeCurrent(b.dir);
                old = current;
                oldDir = currentDir;
                current = b.target;
                currentDir = b.dir;
                needsRebuild = false;
                last = b.finished(null);
                build = null;
            } finally {
                lock.writeLock().unlock();
            }
            closeQuietly(old);
            folders.deleteAllBut(currentDir);
            LOG.info("Search index rebuilt (" + reason + "): " + b.documents.get() + " documents; replaced " + oldDir);
            mergeQuietly(b.target);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index rebuild (" + reason + ") failed; the previous index stays in use: "
                    + e, e);
            lock.writeLock().lock();
            try {
                last = b.finished(String.valueOf(e.getMessage() == null ? e : e.getMessage()));
                build = null;
            } finally {
                lock.writeLock().unlock();
            }
            closeQuietly(b.target);
            try {
                IndexFolders.delete(b.dir);
            } catch (RuntimeException ignored) {
                // a folder left behind is removed at the next start or rebuild
            }
            return false;
        }
    }

    /**
     * The new index, searched already, merged into one segment (the rebuild wrote one per
     * writer buffer): searches cost less. A failure only leaves the segments as they were.
     */
    private static void mergeQuietly(SearchIndex index) {
        long start = System.nanoTime();
        try {
            index.mergeIntoOneSegment();
            LOG.info("Search index merged into one segment in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Search index not merged (closed meanwhile, or " + e + ")", e);
        }
    }

    /** Reads the documents changed during the build again, into the new index. */
    private static void replay(Build b, DocumentSource source) {
        List<Change.DocKey> keys = new ArrayList<>(b.touched.keySet());
        for (Change.DocKey k : keys) {
            b.touched.remove(k);
            source.reread(k.source(), k.id()).ifPresent(c -> write(b.target, c));
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the search index is closed (the plugin is stopping)");
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            Build b = build;
            if (b != null) {
                closeQuietly(b.target); // the build fails on its next write and cleans up
            }
            current.close(); // commits
            Files.deleteIfExists(currentDir.resolve(IN_USE));
        } catch (IOException e) {
            LOG.warning("Cannot remove " + currentDir.resolve(IN_USE) + ": the index is rebuilt at the next start");
        } finally {
            lock.writeLock().unlock();
            flusher.shutdownNow();
        }
    }

    private static void closeQuietly(SearchIndex index) {
        try {
            index.close();
        } catch (RuntimeException ignored) {
            // already closed, or closing after a failure: nothing more to do
        }
    }

    /** A rebuild under way. */
    private static final class Build {
        final Path dir;
        final SearchIndex target;
        final String reason;
        final long expected;
        final Instant startedAt = Instant.now();
        final AtomicInteger sitesDone = new AtomicInteger();
        final AtomicInteger sitesTotal = new AtomicInteger();
        final AtomicLong documents = new AtomicLong();
        /** Documents changed while building → their site. */
        final Map<Change.DocKey, String> touched = new ConcurrentHashMap<>();

        Build(Path dir, SearchIndex target, String reason, long expected) {
            this.dir = dir;
            this.target = target;
            this.reason = reason;
            this.expected = expected;
        }

        RebuildStatus status() {
            return new RebuildStatus(true, reason, sitesDone.get(), sitesTotal.get(), documents.get(), expected,
                    startedAt, null, null);
        }

        RebuildStatus finished(String error) {
            return new RebuildStatus(false, reason, sitesDone.get(), sitesTotal.get(), documents.get(), expected,
                    startedAt, Instant.now(), error);
        }
    }
}
