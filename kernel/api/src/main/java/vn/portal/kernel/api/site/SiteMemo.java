package vn.portal.kernel.api.site;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Something a plugin reads for every page of a site but changes rarely (the site's categories, its
 * notice banner), remembered per site on this node. Changes made through {@link #changing} forget
 * it after they commit; {@code maxAge} bounds how long a change made elsewhere (another node, the
 * database by hand) goes unseen — as the page cache, which is per node too (ADR 0004).
 *
 * <p>What is remembered is shared by every thread: hold immutable values or detached entities
 * that nobody modifies.
 *
 * @param <T> what is remembered for a site
 */
public final class SiteMemo<T> {

    private record Entry<T>(T value, long readAt) {
    }

    private final long maxAgeNanos;
    private final Function<String, T> read;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    /** Counts the changes: a read that overlapped one is not remembered (it may hold the old value). */
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param maxAge how long a value is used at most
     * @param read   reads the value of a site (in its own transaction)
     */
    public SiteMemo(Duration maxAge, Function<String, T> read) {
        this.maxAgeNanos = maxAge.toNanos();
        this.read = read;
    }

    /** The site's value: remembered, or read now. */
    public T get(String siteKey) {
        Entry<T> e = entries.get(siteKey);
        if (e != null && System.nanoTime() - e.readAt() <= maxAgeNanos) {
            return e.value();
        }
        long readAt = System.nanoTime();
        long changesBefore = changes.get();
        T value = read.apply(siteKey);
        if (changes.get() == changesBefore) {
            entries.put(siteKey, new Entry<>(value, readAt));
        }
        return value;
    }

    /**
     * Runs a change (a transaction of its own: call it outside any other), then forgets every site's
     * value, so the next {@link #get} reads what the change committed.
     */
    public <R> R changing(Supplier<R> change) {
        try {
            return change.get();
        } finally {
            forget();
        }
    }

    /** Forgets every site's value. */
    public void forget() {
        changes.incrementAndGet();
        entries.clear();
    }
}
