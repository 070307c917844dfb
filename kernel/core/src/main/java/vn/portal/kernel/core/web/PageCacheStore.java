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
 * can never be cached from data older than the last invalidation.
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

    @PostConstruct
    void init() {
        long maxBytes = Long.parseLong(config.get("cache.max-mb", "64")) * 1024 * 1024;
        long maxAge = Long.parseLong(config.get("cache.max-age-seconds", "300"));
        pages = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> e.body().length + key.length() * 2 + 256)
                .expireAfterWrite(Duration.ofSeconds(maxAge)).executor(Runnable::run)
                .removalListener((String key, Entry e, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (key != null && e != null) {
                        e.tags().forEach(t -> {
                            Set<String> keys = keysByTag.get(t);
                            if (keys != null) {
                                keys.remove(key);
                            }
                        });
                    }
                }).build();
    }

    public Entry get(String key) {
        return pages.getIfPresent(key);
    }

    /** Taken before rendering; {@link #put} stores only if nothing was invalidated since. */
    public long generation() {
        return generation;
    }

    public void put(String key, Entry entry, long renderedAtGeneration) {
        lock.readLock().lock();
        try {
            if (generation != renderedAtGeneration) {
                return;
            }
            for (String tag : entry.tags()) {
                keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
            }
            pages.put(key, entry);
        } finally {
            lock.readLock().unlock();
        }
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
}
