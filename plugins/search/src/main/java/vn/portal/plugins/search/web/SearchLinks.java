package vn.portal.plugins.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.web.Html;

/**
 * Links to the same search with one thing changed — a facet value added or removed, another
 * page, another order — so every control of the results page works as a plain link.
 */
final class SearchLinks {

    private final String base;
    private final Map<String, List<String>> params;

    SearchLinks(String base, Map<String, List<String>> params) {
        this.base = base;
        this.params = params;
    }

    /** The current search without paging, from the parameters the page understood. */
    static SearchLinks of(String base, Map<String, List<String>> query) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : List.of("q", "scope", "type", "category", "sector", "unit", "from", "to", "order")) {
            List<String> v = query.get(name);
            if (v != null && !v.isEmpty()) {
                kept.put(name, new ArrayList<>(v));
            }
        }
        return new SearchLinks(base, kept);
    }

    Map<String, List<String>> params() {
        return params;
    }

    boolean has(String name, String value) {
        return params.getOrDefault(name, List.of()).contains(value);
    }

    /** The search with the value added to the parameter, or taken away when it was there. */
    SearchLinks toggle(String name, String value) {
        Map<String, List<String>> next = copy();
        List<String> values = next.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            next.remove(name);
        }
        return new SearchLinks(base, next);
    }

    SearchLinks with(String name, String value) {
        Map<String, List<String>> next = copy();
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, new ArrayList<>(List.of(value)));
        }
        return new SearchLinks(base, next);
    }

    SearchLinks without(String... names) {
        Map<String, List<String>> next = copy();
        for (String n : names) {
            next.remove(n);
        }
        return new SearchLinks(base, next);
    }

    SearchLinks page(int page) {
        return with("page", page <= 1 ? null : Integer.toString(page));
    }

    /** The link, HTML-escaped for an attribute. */
    String href() {
        StringBuilder b = new StringBuilder(base);
        char sep = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return Html.escape(b.toString());
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> next = new LinkedHashMap<>();
        params.forEach((k, v) -> next.put(k, new ArrayList<>(v)));
        return next;
    }
}
