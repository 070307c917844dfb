package vn.portal.plugins.search.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The results of recent searches, least recently used out first. A key holds what decides a
 * result: the version of the index searched (so a change to the index is never answered from
 * before it), and the planned query with its filters and the reader's permissions (so
 * synonyms, sites and permissions are part of it). People repeat the same searches ("thủ tục
 * hành chính") and turn pages: the second time costs a lookup.
 */
final class RecentResults<K, V> {

    private final Map<K, V> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    RecentResults(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key, else computes it (outside the lock: searches run in parallel) and keeps it. */
    V get(K key, Supplier<V> compute) {
        V v;
        synchronized (entries) {
            v = entries.get(key);
        }
        if (v != null) {
            hits.incrementAndGet();
            return v;
        }
        misses.incrementAndGet();
        v = compute.get();
        synchronized (entries) {
            entries.put(key, v);
        }
        return v;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
