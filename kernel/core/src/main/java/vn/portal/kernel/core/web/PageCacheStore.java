package vn.portal.kernel.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.core.common.AfterCommit;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * Rendered anonymous pages by host and URL, bounded by bytes ({@code cache.max-mb},
 * default 64) and age ({@code cache.max-age-seconds}, default 300, a safety net for pages
 * nobody invalidates). Pages are indexed by their tags; invalidating a tag drops exactly
 * those pages. A page rendered while an invalidation happened is not stored, so a page
 * can never be cached from data older than the last invalidation. {@code cache.max-mb=0}
 * turns the cache off.
 */
@ApplicationScoped
public class PageCacheStore implements PageCache {

    /** A stored page. */
    public record Entry(byte[] body, String etag, long lastModified, Set<String> tags, String contentType) {
    }

    @Inject
    PortalConfig config;
    @Resource
    TransactionSynchronizationRegistry registry;

    private Cache<String, Entry> pages;
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile long generation;
    private boolean enabled;

    @PostConstruct
    void init() {
        long maxBytes = Long.parseLong(config.get("cache.max-mb", "64")) * 1024 * 1024;
        long maxAge = Long.parseLong(config.get("cache.max-age-seconds", "300"));
        // 0 must mean "no cache", so it is not left to Caffeine: with maximumWeight(0) every page
        // is still stored and indexed, then evicted by the next maintenance run under Caffeine's
        // eviction lock, which all rendering threads then queue for, and until that run another
        // request can still be answered from it.
        enabled = maxBytes > 0;
        pages = Caffeine.newBuilder().maximumWeight(Math.max(maxBytes, 0))
                .weigher((String key, Entry e) -> e.body().length + key.length() * 2 + 256)
                .expireAfterWrite(Duration.ofSeconds(maxAge)).executor(Runnable::run)
                .removalListener((String key, Entry e, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (key != null && e != null) {
                        e.tags().forEach(t -> unindex(t, key));
                    }
                }).build();
    }

    public Entry get(String key) {
        return enabled ? pages.getIfPresent(key) : null;
    }

    /** Taken before rendering; {@link #put} stores only if nothing was invalidated since. */
    public long generation() {
        return generation;
    }

    public void put(String key, Entry entry, long renderedAtGeneration) {
        if (!enabled) {
            return;
        }
        lock.readLock().lock();
        try {
            if (generation != renderedAtGeneration) {
                return;
            }
            // stored first, indexed second: the removal of the page this one replaces (or of an
            // expired one under the same key) can run at any time after put, and unindex keeps
            // a key whose current page still has the tag (see there)
            pages.put(key, entry);
            for (String tag : entry.tags()) {
                keysByTag.compute(tag, (t, keys) -> {
                    Set<String> out = keys == null ? ConcurrentHashMap.newKeySet() : keys;
                    out.add(key);
                    return out;
                });
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A page left the cache: its key leaves the tag's index unless the page now stored under
     * that key (which replaced it, e.g. two visitors rendered the same page at once, or a page
     * re-cached after it expired) has the tag too. Removing it regardless would leave that newer
     * page out of the index, and invalidating the tag would then miss it, so a publication would
     * stay invisible until the page's age limit. Runs atomically with {@link #put}'s indexing of
     * the same tag (both inside the map's compute for the tag); tags without keys are dropped.
     */
    private void unindex(String tag, String key) {
        keysByTag.computeIfPresent(tag, (t, keys) -> {
            Entry current = pages.asMap().get(key);
            if (current == null || !current.tags().contains(tag)) {
                keys.remove(key);
            }
            return keys.isEmpty() ? null : keys;
        });
    }

    @Override
    public void invalidate(String... tags) {
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            AfterCommit.run(registry, () -> drop(tags));
        } else {
            drop(tags);
        }
    }

    /** Drops every page (the site tree changed). */
    public void invalidateAll() {
        lock.writeLock().lock();
        try {
            generation++;
            pages.invalidateAll();
            keysByTag.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void drop(String... tags) {
        lock.writeLock().lock();
        try {
            generation++;
            for (String tag : tags) {
                Set<String> keys = keysByTag.remove(tag);
                if (keys != null) {
                    pages.invalidateAll(keys);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long size() {
        return pages.estimatedSize();
    }

    /** How many tags index at least one page (for tests). */
    int indexedTags() {
        return keysByTag.size();
    }
}
