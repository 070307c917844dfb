package vn.portal.plugins.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.search.engine.SearchQuery;

class SearchParamsTest {

    static SearchParams parse(String... pairs) {
        Map<String, List<String>> q = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            q.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return SearchParams.parse(q);
    }

    @Test
    void wordsAreNeverRejectedOnlyCleaned() {
        SearchParams p = parse("q", "  \"quyết định\" AND (title:x* OR ~~) \u0000 ");
        assertEquals("\"quyết định\" AND (title:x* OR ~~)", p.q(), "query syntax stays text; control characters go");
        assertTrue(p.errors().isEmpty());
        assertEquals("quyết định", parse("q", "quy\u00ea\u0301t \u0111i\u0323nh").q(), "NFC");
        assertEquals(SearchParams.MAX_TEXT, parse("q", "a".repeat(5000)).q().length());
        assertNull(parse("q", "   ").q());
    }

    @Test
    void filtersAreReadAndBadOnesNamed() {
        SearchParams p = parse("type", "article", "type", "legal-document", "category", "tin-tuc", "from", "2026-01-01",
                "to", "2026-12-31", "order", "date", "page", "3", "size", "500", "scope", "all");
        assertEquals(Set.of("article", "legal-document"), p.types());
        assertEquals(LocalDate.of(2026, 1, 1), p.from());
        assertEquals(SearchQuery.Order.NEWEST, p.order());
        assertEquals(3, p.page());
        assertEquals(SearchParams.MAX_SIZE, p.size(), "size is capped");
        assertEquals("all", p.scope());
        assertTrue(p.errors().isEmpty());

        SearchParams bad = parse("from", "hôm qua", "to", "2026-13-45", "page", "-1", "order", "random", "locale", "vi-VN!");
        assertEquals(Set.of("from", "to", "page", "order", "locale"), bad.errors().keySet());
        assertEquals(1, bad.page());
        assertEquals("must not be before 'from'", parse("from", "2026-05-01", "to", "2026-04-01").errors().get("to"));
    }
}
