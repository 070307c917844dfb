package vn.portal.plugins.search.engine;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A search as the user asked it. Every filter set may be empty (= no filter); dates are
 * inclusive days in Asia/Ho_Chi_Minh.
 *
 * @param text     what the user typed: plain words, never query syntax; blank = every document
 * @param sites    empty = all sites
 * @param page     1-based
 * @param mayRead  permission → allowed; documents without a permission are always readable;
 *                 null = the reader holds no permission
 * @param synonyms the site's synonyms, null = {@link Synonyms#defaults()}
 */
public record SearchQuery(String text, Set<String> sites, Set<String> types,
        Set<String> categories, Set<String> sectors, Set<String> units,
        LocalDate from, LocalDate to, String locale, Order order, int page, int size,
        Predicate<String> mayRead, Synonyms synonyms) {

    public enum Order { RELEVANCE, NEWEST }

    public SearchQuery {
        sites = sites == null ? Set.of() : Set.copyOf(sites);
        types = types == null ? Set.of() : Set.copyOf(types);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        units = units == null ? Set.of() : Set.copyOf(units);
        order = order == null ? Order.RELEVANCE : order;
    }

    /** A plain search of all sites' public documents, first page of 10. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                Order.RELEVANCE, 1, 10, null, null);
    }
}
