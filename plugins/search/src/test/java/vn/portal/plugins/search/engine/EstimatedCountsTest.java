package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.plugins.search.engine.Docs.doc;
import static vn.portal.plugins.search.engine.Docs.query;
import static vn.portal.plugins.search.engine.Docs.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.plugins.search.engine.SearchQuery.Order;

/**
 * Beyond {@link SearchIndex#EXACT_COUNT} matches the facets are estimated from a sample: close
 * to the truth, marked approximate, the same from page to page; the total stays exact, and
 * restricted documents are still neither counted nor shown to readers without their permission.
 */
class EstimatedCountsTest {

    /**
     * 6,000 notices: 3,600 of site "a", 2,400 of site "b"; every tenth restricted (category
     * "noi-bo", all of site "a"): 3,000 public ones of "a", 2,400 of "b".
     */
    static final int DOCS = 6000;

    @TempDir
    static Path dir;
    static SearchIndex index;

    @BeforeAll
    static void fill() throws IndexDamagedException {
        index = SearchIndex.open(dir);
        for (int i = 0; i < DOCS; i++) {
            boolean restricted = i % 10 == 0;
            String site = i % 5 < 3 ? "a" : "b";
            String extra = i < 300 ? " đê điều" : "";   // 300 documents: fewer than the exact limit
            index.upsert(with(doc("d" + i, site, i % 2 == 0 ? "article" : "announcement", "Thông báo số " + i + extra,
                    "Nội dung thông báo", "2024-01-01"), List.of(restricted ? "noi-bo" : "chung"), null, null,
                    restricted ? "content.read.internal" : null));
        }
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static void assertNear(long expected, long actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= expected * tolerance, what + ": " + actual + " for " + expected);
    }

    @Test
    void manyMatchesAreEstimatedCloseToTheTruth() {
        SearchResults r = index.search(query("thông báo"));
        assertTrue(r.approximate());
        assertEquals(5400, r.total(), "public notices, counted exactly");
        Map<String, Long> sites = r.facets().get("site");
        assertNear(3000, sites.get("a"), 0.15, "site a");
        assertNear(2400, sites.get("b"), 0.15, "site b");
        assertFalse(r.facets().get("category").containsKey("noi-bo"), "restricted documents are not counted");
        assertEquals(10, r.hits().size());
        assertTrue(r.hits().stream().noneMatch(h -> Integer.parseInt(h.id().substring(1)) % 10 == 0),
                "restricted documents are not shown");
    }

    @Test
    void aReaderWithThePermissionCountsTheRestrictedToo() {
        SearchResults r = index.search(query("thông báo", Set.of(), Set.of(), Set.of(), Order.RELEVANCE, 1, 10,
                p -> p.equals("content.read.internal")));
        assertTrue(r.approximate());
        assertEquals(DOCS, r.total(), "all notices");
        assertNear(600, r.facets().get("category").get("noi-bo"), 0.3, "restricted notices");
    }

    @Test
    void fewMatchesAreCountedExactly() {
        SearchResults r = index.search(query("đê điều"));
        assertFalse(r.approximate());
        assertEquals(270, r.total());
        assertEquals(270L, r.facets().get("site").values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void theEstimateStaysTheSameFromPageToPage() {
        SearchResults first = index.search(query("thông báo"));
        SearchResults second = index.search(query("thông báo", Set.of(), Set.of(), Set.of(), Order.RELEVANCE, 2, 10,
                null));
        SearchResults newest = index.search(query("thông báo", Set.of(), Set.of(), Set.of(), Order.NEWEST, 1, 10,
                null));
        assertEquals(first.total(), second.total());
        assertEquals(first.facets(), second.facets());
        assertEquals(first.total(), newest.total());
        assertTrue(second.hits().stream().noneMatch(first.hits()::contains), "page 2 continues page 1");
    }

    @Test
    void aChangeToTheIndexIsSeenAtOnceDespiteRecentResults() throws IndexDamagedException {
        SearchIndex own = SearchIndex.open(dir.resolveSibling(dir.getFileName() + "-own"));
        try {
            own.upsert(doc("x", "a", "article", "Lịch tiếp công dân", "Lịch", "2024-01-01"));
            own.refresh();
            assertEquals(1, own.search(query("lịch tiếp")).total());
            assertEquals(1, own.search(query("lịch tiếp")).total());   // answered from recent results
            own.upsert(doc("y", "a", "article", "Lịch tiếp công dân tháng 2", "Lịch", "2024-02-01"));
            own.refresh();
            assertEquals(2, own.search(query("lịch tiếp")).total());
            assertTrue(own.recentResultsUse()[0] >= 1, "the repeated search was answered from recent results");
        } finally {
            own.close();
        }
    }
}
