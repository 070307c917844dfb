package vn.portal.plugins.search.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.portal.plugins.search.api.SearchDocument;

/** Small fixtures for the engine tests. */
final class Docs {

    private Docs() {
    }

    static SearchDocument doc(String id, String site, String type, String title, String body, String date) {
        return new SearchDocument("content", id, site, type, "vi", title, null, body, "/s/" + site + "/" + id,
                date == null ? null : LocalDate.parse(date).atStartOfDay(IndexSchema.ZONE).toInstant(),
                List.of(), null, null, null);
    }

    static SearchDocument with(SearchDocument d, List<String> categories, String sector, String unit,
            String permission) {
        return new SearchDocument(d.source(), d.id(), d.siteKey(), d.type(), d.locale(), d.title(), d.summary(),
                d.body(), d.url(), d.date(), categories, sector, unit, permission);
    }

    static SearchDocument locale(SearchDocument d, String locale) {
        return new SearchDocument(d.source(), d.id(), d.siteKey(), d.type(), locale, d.title(), d.summary(),
                d.body(), d.url(), d.date(), d.categories(), d.sector(), d.unit(), d.permission());
    }

    static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(IndexSchema.ZONE).toInstant();
    }

    static SearchQuery query(String text) {
        return SearchQuery.of(text);
    }

    static SearchQuery query(String text, Set<String> sites, Set<String> types, Set<String> categories,
            SearchQuery.Order order, int page, int size, Predicate<String> mayRead) {
        return new SearchQuery(text, sites, types, categories, Set.of(), Set.of(), null, null, null, order, page, size,
                mayRead, null);
    }
}
