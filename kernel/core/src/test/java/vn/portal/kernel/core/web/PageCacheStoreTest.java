package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;

/** The page cache's tag index: a publication must reach every cached copy of the page. */
class PageCacheStoreTest {

    private static PageCacheStore store(Map<String, String> settings) {
        PageCacheStore s = new PageCacheStore();
        s.config = PortalConfig.of(new PortalHome(Path.of("/tmp/none")), settings);
        s.init();
        return s;
    }

    private static PageCacheStore.Entry page(String text, String... tags) {
        return new PageCacheStore.Entry(text.getBytes(StandardCharsets.UTF_8), "\"e\"", 0, Set.of(tags), "text/html");
    }

    @Test
    void aPageCachedTwiceIsStillDroppedByItsTag() {
        // two visitors rendered the same page at once: the second copy replaces the first
        PageCacheStore s = store(Map.of());
        s.put("h /tin-tuc/a", page("v1", "content:item:1", "site:x"), s.generation());
        s.put("h /tin-tuc/a", page("v1", "content:item:1", "site:x"), s.generation());
        assertNotNull(s.get("h /tin-tuc/a"));
        s.invalidate("content:item:1");
        assertNull(s.get("h /tin-tuc/a"), "the replacement must stay in the tag's index");
    }

    @Test
    void aReplacementKeepsOnlyItsOwnTags() {
        PageCacheStore s = store(Map.of());
        s.put("h /", page("old", "general:x", "site:x"), s.generation());
        s.put("h /", page("new", "content:item:2", "site:x"), s.generation());
        s.invalidate("general:x");
        assertNotNull(s.get("h /"), "the old page's tag no longer applies to the new page");
        s.invalidate("content:item:2");
        assertNull(s.get("h /"));
    }

    @Test
    void aPageRenderedDuringAnInvalidationIsNotStored() {
        PageCacheStore s = store(Map.of());
        long before = s.generation();
        s.invalidate("content:item:1");
        s.put("h /tin-tuc/a", page("stale", "content:item:1"), before);
        assertNull(s.get("h /tin-tuc/a"));
    }

    @Test
    void tagsWithoutPagesLeaveTheIndex() {
        PageCacheStore s = store(Map.of());
        for (int i = 0; i < 100; i++) {
            s.put("h /tin-tuc/" + i, page("p", "content:item:" + i, "site:x"), s.generation());
        }
        assertEquals(101, s.indexedTags());
        s.invalidate("site:x");
        assertEquals(0, s.size());
        assertEquals(0, s.indexedTags(), "no empty key sets are left behind");
    }

    @Test
    void zeroMegabytesMeansNoCache() {
        PageCacheStore s = store(Map.of("cache.max-mb", "0"));
        s.put("h /", page("p", "site:x"), s.generation());
        assertNull(s.get("h /"));
        assertEquals(0, s.size());
        assertEquals(0, s.indexedTags());
        s.invalidate("site:x");
        s.invalidateAll();
    }
}
