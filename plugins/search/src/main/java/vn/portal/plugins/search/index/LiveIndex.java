package vn.portal.plugins.search.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Locking: searches and changes hold the read lock (Lucene takes care of concurrent use
 * of one index); only the swap and the start of a rebuild hold the write lock, briefly.
 */
public final class LiveIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());

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

    private LiveIndex(IndexFolders folders, SearchIndex index, Path dir, boolean needsRebuild, String damage) {
        this.folders = folders;
        this.current = index;
        this.currentDir = dir;
        this.needsRebuild = needsRebuild;
        this.damage = damage;
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
                LiveIndex live = new LiveIndex(folders, SearchIndex.open(dir.get()), dir.get(), false, null);
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

    /** Applies changes to the index (and notes them for a rebuild under way), then makes them visible and durable. */
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
            current.refresh();
            current.commit(); // the event is marked delivered with this call's transaction: keep the index as durable
        } finally {
            lock.readLock().unlock();
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
            current.close();
        } finally {
            lock.writeLock().unlock();
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
