package vn.portal.plugins.search.query;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.portal.plugins.search.engine.SearchQuery;

/**
 * A search as the page or the REST API received it, checked. The words are never rejected —
 * whatever was typed is searched as plain text — but a filter that cannot be understood is
 * reported by field in {@link #errors} (the API answers 400, the page explains and ignores it).
 *
 * @param scope "site": the site and the sites below it; "all": the whole province
 */
public record SearchParams(String q, String scope, Set<String> types, Set<String> categories, Set<String> sectors,
        Set<String> units, LocalDate from, LocalDate to, String locale, SearchQuery.Order order, int page, int size,
        Map<String, String> errors) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** Deeper pages than this are not served: nobody reads them, and deep paging is costly. */
    public static final int MAX_PAGE = 500;
    private static final int MAX_VALUES = 20;

    public static SearchParams parse(Map<String, List<String>> query) {
        Map<String, String> errors = new LinkedHashMap<>();
        String q = text(first(query, "q"));
        String scope = "all".equals(first(query, "scope")) ? "all" : "site";
        LocalDate from = day(query, "from", errors);
        LocalDate to = day(query, "to", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("to", "must not be before 'from'");
        }
        String locale = first(query, "locale");
        if (locale != null && !locale.isBlank() && !locale.matches("[a-z]{2}")) {
            errors.put("locale", "a language code like vi or en");
            locale = null;
        }
        SearchQuery.Order order = SearchQuery.Order.RELEVANCE;
        String o = first(query, "order");
        if ("date".equals(o) || "newest".equals(o)) {
            order = SearchQuery.Order.NEWEST;
        } else if (o != null && !o.isBlank() && !"relevance".equals(o)) {
            errors.put("order", "relevance or date");
        }
        int page = number(query, "page", 1, 1, MAX_PAGE, errors);
        int size = Math.min(MAX_SIZE, number(query, "size", DEFAULT_SIZE, 1, Integer.MAX_VALUE, errors));
        return new SearchParams(q, scope, values(query, "type"), values(query, "category"), values(query, "sector"),
                values(query, "unit"), from, to, blankToNull(locale), order, page, size, Map.copyOf(errors));
    }

    /** What was typed, NFC, without control characters, at most {@link #MAX_TEXT} characters; null when blank. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\p{Cc}+", " ").strip();
        if (t.length() > MAX_TEXT) {
            t = t.substring(0, MAX_TEXT);
        }
        return t.isEmpty() ? null : t;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static Set<String> values(Map<String, List<String>> query, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : query.getOrDefault(name, List.of())) {
            String t = text(v);
            if (t != null && t.length() <= 100 && out.size() < MAX_VALUES) {
                out.add(t);
            }
        }
        return out;
    }

    private static LocalDate day(Map<String, List<String>> query, String name, Map<String, String> errors) {
        String v = first(query, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "a day like 2026-03-01");
            return null;
        }
    }

    private static int number(Map<String, List<String>> query, String name, int dflt, int min, int max,
            Map<String, String> errors) {
        String v = first(query, name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, "a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max));
        return dflt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Whether any filter narrows the search. */
    public boolean isFiltered() {
        return !types.isEmpty() || !categories.isEmpty() || !sectors.isEmpty() || !units.isEmpty() || from != null
                || to != null;
    }
}
