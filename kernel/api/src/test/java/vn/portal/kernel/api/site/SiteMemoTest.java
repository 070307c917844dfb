package vn.portal.kernel.api.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SiteMemoTest {

    private final Map<String, String> database = new HashMap<>(Map.of("tinh", "v1", "xa", "x1"));
    private final AtomicInteger reads = new AtomicInteger();

    private SiteMemo<String> memo(Duration maxAge) {
        return new SiteMemo<>(maxAge, site -> {
            reads.incrementAndGet();
            return database.get(site);
        });
    }

    @Test
    void readsEachSiteOnceWhileNothingChanges() {
        SiteMemo<String> memo = memo(Duration.ofMinutes(1));
        assertEquals("v1", memo.get("tinh"));
        assertEquals("v1", memo.get("tinh"));
        assertEquals("x1", memo.get("xa"));
        assertEquals(2, reads.get());
    }

    @Test
    void aChangeMadeThroughItIsSeenAtOnce() {
        SiteMemo<String> memo = memo(Duration.ofMinutes(1));
        memo.get("tinh");
        assertEquals("done", memo.changing(() -> {
            database.put("tinh", "v2");
            return "done";
        }));
        assertEquals("v2", memo.get("tinh"));
    }

    @Test
    void aFailedChangeStillForgets() {
        SiteMemo<String> memo = memo(Duration.ofMinutes(1));
        memo.get("tinh");
        try {
            memo.changing(() -> {
                database.put("tinh", "half-written");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change failed after writing: what was remembered is dropped anyway
        }
        assertEquals("half-written", memo.get("tinh"));
    }

    @Test
    void aReadOverlappingAChangeIsNotRemembered() {
        SiteMemo<String>[] self = new SiteMemo[1];
        // the change commits while the read is under way: the read may hold the old value
        self[0] = new SiteMemo<>(Duration.ofMinutes(1), site -> {
            reads.incrementAndGet();
            String seen = database.get(site);
            if (reads.get() == 1) {
                self[0].changing(() -> database.put(site, "v2"));
            }
            return seen;
        });
        assertEquals("v1", self[0].get("tinh"));
        assertEquals("v2", self[0].get("tinh"), "the overlapped read was not kept");
    }

    @Test
    void aValueOlderThanMaxAgeIsReadAgain() throws InterruptedException {
        SiteMemo<String> memo = memo(Duration.ofMillis(1));
        memo.get("tinh");
        database.put("tinh", "changed elsewhere");
        Thread.sleep(5);
        assertEquals("changed elsewhere", memo.get("tinh"));
    }
}
