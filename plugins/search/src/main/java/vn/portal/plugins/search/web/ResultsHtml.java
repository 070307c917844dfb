package vn.portal.plugins.search.web;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.SearchService;
import vn.portal.plugins.search.Texts;
import vn.portal.plugins.search.engine.Hit;
import vn.portal.plugins.search.engine.SearchQuery;
import vn.portal.plugins.search.engine.SearchResults;
import vn.portal.plugins.search.query.SearchParams;

/** The HTML of the search page: the form, the facets, the hits, the pages. Everything written is escaped. */
final class ResultsHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** The facets the page offers, in this order ("site" leads to the other site's own search page). */
    private static final List<String> FACETS = List.of("type", "category", "sector", "unit", "year", "site");

    private final SearchService service;
    private final Site site;
    private final String locale;
    private final Texts t;
    private final SearchParams p;
    private final SearchLinks links;

    ResultsHtml(SearchService service, Site site, String locale, Texts t, SearchParams p, SearchLinks links) {
        this.service = service;
        this.site = site;
        this.locale = locale;
        this.t = t;
        this.p = p;
        this.links = links;
    }

    /** The search form: words, order, dates, the whole-province choice on sites below the province. */
    String form(boolean child) {
        StringBuilder b = new StringBuilder("<form class=\"search-page\" role=\"search\" method=\"get\" action=\"")
                .append(links.without("q").href().replaceAll("\\?.*", "")).append("\">");
        b.append("<div class=\"search-page-words\"><label for=\"search-q\">").append(escape(t.get("form.label")))
                .append("</label><input id=\"search-q\" name=\"q\" type=\"search\" value=\"").append(escape(p.q()))
                .append("\" maxlength=\"").append(SearchParams.MAX_TEXT).append("\" aria-describedby=\"search-hint\""
                        + " autocomplete=\"off\" data-suggest=\"").append(escape(site.key())).append("\">")
                .append("<button type=\"submit\">").append(escape(t.get("form.button"))).append("</button>")
                .append("<p id=\"search-hint\" class=\"search-hint\">").append(escape(t.get("form.hint")))
                .append("</p></div>");
        b.append("<div class=\"search-page-options\">");
        b.append("<label for=\"search-order\">").append(escape(t.get("form.order"))).append("</label>")
                .append("<select id=\"search-order\" name=\"order\">")
                .append(option("relevance", t.get("form.order.relevance"), p.order() == SearchQuery.Order.RELEVANCE))
                .append(option("date", t.get("form.order.date"), p.order() == SearchQuery.Order.NEWEST))
                .append("</select>");
        b.append("<label for=\"search-from\">").append(escape(t.get("form.from"))).append("</label>")
                .append("<input id=\"search-from\" name=\"from\" type=\"date\" value=\"")
                .append(p.from() == null ? "" : p.from()).append("\">");
        b.append("<label for=\"search-to\">").append(escape(t.get("form.to"))).append("</label>")
                .append("<input id=\"search-to\" name=\"to\" type=\"date\" value=\"")
                .append(p.to() == null ? "" : p.to()).append("\">");
        if (child) {
            b.append("<span class=\"search-scope\"><input id=\"search-scope\" name=\"scope\" type=\"checkbox\""
                    + " value=\"all\"").append("all".equals(p.scope()) ? " checked" : "").append("><label for=\"search-scope\">")
                    .append(escape(t.get("form.scope"))).append("</label></span>");
        }
        b.append("</div>");
        // the facets chosen stay chosen when the words change (each can be removed among the facets)
        for (String name : List.of("type", "category", "sector", "unit")) {
            for (String v : links.params().getOrDefault(name, List.of())) {
                b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(v)).append("\">");
            }
        }
        return b.append("</form>").toString();
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + escape(label) + "</option>";
    }

    String problems(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"search-problem\" role=\"alert\"><p>")
                .append(escape(t.get("result.problem"))).append("</p><ul>");
        problems.forEach(x -> b.append("<li>").append(escape(x)).append("</li>"));
        return b.append("</ul></div>").toString();
    }

    String notice(String text) {
        return "<p class=\"search-notice\" role=\"status\">" + escape(text) + "</p>";
    }

    String results(SearchResults r) {
        StringBuilder b = new StringBuilder();
        String words = p.q() == null ? "" : p.q();
        b.append("<p class=\"search-count\" role=\"status\">");
        if (r.total() == 0) {
            b.append(escape(t.get("result.none", words))).append(' ').append(escape(t.get("result.noneHelp")));
        } else {
            b.append(escape(p.q() == null ? t.get("result.countAll", r.total())
                    : t.get("result.count", r.total(), words)));
        }
        b.append("</p>");
        if (r.didYouMean() != null) {
            b.append("<p class=\"did-you-mean\">").append(escape(t.get("result.didYouMean"))).append(" <a href=\"")
                    .append(links.with("q", r.didYouMean()).href()).append("\">").append(escape(r.didYouMean()))
                    .append("</a></p>");
        }
        b.append("<div class=\"search-layout\">");
        b.append(facets(r.facets(), r.approximate()));
        b.append("<section class=\"search-hits\" aria-labelledby=\"search-hits-h\"><h2 id=\"search-hits-h\""
                + " class=\"visually-hidden\">").append(escape(t.get("result.heading"))).append("</h2>");
        if (!r.hits().isEmpty()) {
            b.append("<ol class=\"search-results\" start=\"").append((p.page() - 1) * p.size() + 1).append("\">");
            for (Hit h : r.hits()) {
                b.append(hit(h));
            }
            b.append("</ol>");
        }
        b.append(pages(r.total()));
        return b.append("</section></div>").toString();
    }

    private String hit(Hit h) {
        StringBuilder b = new StringBuilder("<li class=\"search-result\"><h3 class=\"result-title\"><a href=\"")
                .append(escape(h.url())).append("\">").append(h.titleHtml()).append("</a></h3>");
        b.append("<p class=\"result-meta\">").append(escape(service.label("type", h.type(), site.key(), locale)));
        if (!h.siteKey().equals(site.key())) {
            b.append(" · ").append(escape(service.label("site", h.siteKey(), site.key(), locale)));
        }
        if (h.date() != null) {
            b.append(" · <time datetime=\"").append(h.date()).append("\">").append(DAY.format(h.date())).append("</time>");
        }
        b.append("</p>");
        if (h.snippetHtml() != null && !h.snippetHtml().isBlank()) {
            b.append("<p class=\"result-snippet\">").append(h.snippetHtml()).append("</p>");
        }
        return b.append("</li>").toString();
    }

    /** Each dimension with values: links that add the value to the search, or take it away when chosen. */
    private String facets(Map<String, Map<String, Long>> facets, boolean approximate) {
        StringBuilder body = new StringBuilder();
        for (String dim : FACETS) {
            Map<String, Long> counts = facets.getOrDefault(dim, Map.of());
            if (counts.isEmpty() || ("site".equals(dim) && counts.size() < 2)) {
                continue;
            }
            body.append("<div class=\"facet\"><h3 class=\"facet-title\">").append(escape(t.get("facet." + dim)))
                    .append("</h3><ul>");
            int shown = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (shown++ == 10) {
                    break;
                }
                body.append(facetValue(dim, e.getKey(), e.getValue(), approximate));
            }
            body.append("</ul></div>");
        }
        if (body.length() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("<aside class=\"search-facets\" aria-labelledby=\"search-facets-h\">"
                + "<h2 id=\"search-facets-h\">").append(escape(t.get("facets.heading"))).append("</h2>");
        if (approximate) {
            b.append("<p class=\"facet-note\">").append(escape(t.get("facets.approximate"))).append("</p>");
        }
        b.append(body);
        if (p.isFiltered()) {
            b.append("<p><a href=\"").append(links.without("type", "category", "sector", "unit", "from", "to").href())
                    .append("\">").append(escape(t.get("facets.clear"))).append("</a></p>");
        }
        return b.append("</aside>").toString();
    }

    private String facetValue(String dim, String value, long count, boolean approximate) {
        String label = escape(service.label(dim, value, site.key(), locale));
        String href;
        boolean selected;
        switch (dim) {
            case "site" -> {
                // another site's results are on that site's own search page
                selected = false;
                href = new SearchLinks(SearchPage.address(service.context(), service.site(value).orElse(site), locale),
                        links.without("scope").params()).href();
            }
            case "year" -> {
                String from = value + "-01-01";
                String to = value + "-12-31";
                selected = links.has("from", from) && links.has("to", to);
                href = (selected ? links.without("from", "to") : links.with("from", from).with("to", to)).href();
            }
            default -> {
                selected = links.has(dim, value);
                href = links.toggle(dim, value).href();
            }
        }
        return "<li><a href=\"" + href + "\"" + (selected ? " class=\"is-selected\" aria-current=\"true\"" : "") + ">"
                + (selected ? "<span aria-hidden=\"true\">✓ </span>" : "") + label + " <span class=\"facet-count\">("
                + (approximate ? "~" : "") + count + ")</span>" + (selected ? "<span class=\"visually-hidden\"> — " + escape(t.get("facets.selected"))
                + "</span>" : "") + "</a></li>";
    }

    /** Previous, up to seven numbered pages around this one, next. */
    private String pages(long total) {
        long last = Math.min(SearchParams.MAX_PAGE, (total + p.size() - 1) / p.size());
        if (last <= 1) {
            return "";
        }
        int page = p.page();
        StringBuilder b = new StringBuilder("<nav class=\"pagination\" aria-label=\"").append(escape(t.get("paging.label")))
                .append("\"><ul>");
        if (page > 1) {
            b.append("<li><a rel=\"prev\" href=\"").append(links.page(page - 1).href()).append("\">")
                    .append(escape(t.get("paging.previous"))).append("</a></li>");
        }
        long from = Math.max(1, page - 3);
        long to = Math.min(last, from + 6);
        for (long n = from; n <= to; n++) {
            if (n == page) {
                b.append("<li><span aria-current=\"page\"><span class=\"visually-hidden\">")
                        .append(escape(t.get("paging.page", ""))).append("</span>").append(n).append("</span></li>");
            } else {
                b.append("<li><a href=\"").append(links.page((int) n).href()).append("\" aria-label=\"")
                        .append(escape(t.get("paging.page", n))).append("\">").append(n).append("</a></li>");
            }
        }
        if (page < last) {
            b.append("<li><a rel=\"next\" href=\"").append(links.page(page + 1).href()).append("\">")
                    .append(escape(t.get("paging.next"))).append("</a></li>");
        }
        return b.append("</ul></nav>").toString();
    }
}
