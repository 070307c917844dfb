package vn.portal.plugins.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.plugins.search.SearchPlugin;
import vn.portal.plugins.search.SearchService;
import vn.portal.plugins.search.Texts;
import vn.portal.plugins.search.engine.SearchResults;
import vn.portal.plugins.search.query.SearchParams;

/**
 * The public search page of every site, {@code /tim-kiem} (and {@code /en/search}), in the
 * site's theme: the header's search box leads here. Plain HTML that works without JavaScript —
 * facets, order and pages are links, the form is a GET form. The page lists documents in its
 * own language. Whatever is typed is searched as plain text; filters it cannot understand are
 * explained and ignored, never an error page.
 */
public abstract class SearchPage implements PublicRoute {

    private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());

    private final PluginContext context;

    protected SearchPage(PluginContext context) {
        this.context = context;
    }

    /** The search page of a site in a language, ending without '/'. */
    static String address(PluginContext context, Site site, String locale) {
        String lang = "vi".equals(locale) ? "" : locale + "/";
        return context.sites().url(site.key()) + lang + Texts.of(locale).get("page.path");
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        SearchService service = SearchPlugin.service(context);
        Site site = request.site();
        String locale = request.locale();
        Texts t = Texts.of(locale);
        SearchParams p = SearchParams.parse(request.query());
        // the page shows its own language's documents; the locale parameter is not offered here
        SearchParams asked = new SearchParams(p.q(), p.scope(), p.types(), p.categories(), p.sectors(), p.units(),
                p.from(), p.to(), locale, p.order(), p.page(), p.size(), p.errors());
        SearchResults results = null;
        if (asked.q() != null || asked.isFiltered()) {
            try {
                results = service.search(site, asked);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "search on " + site.key() + " failed: " + e, e);
            }
        }
        SearchLinks links = SearchLinks.of(address(context, site, locale), request.query());
        ResultsHtml html = new ResultsHtml(service, site, locale, t, asked, links);
        String body = html.form(site.parentKey() != null) + html.problems(problems(t, p.errors()))
                + (service.index().needsRebuild() ? html.notice(t.get("result.rebuilding")) : "")
                + (results == null ? (asked.q() == null && !asked.isFiltered() ? "" : html.notice(t.get("result.unavailable")))
                        : html.results(results));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("robots", "noindex, follow");
        return Optional.of(new PageContent(200, t.get("page.title") + (asked.q() == null ? "" : ": " + asked.q()), body,
                Set.of(SearchService.PAGE_TAG), meta));
    }

    private static List<String> problems(Texts t, Map<String, String> errors) {
        return errors.keySet().stream().map(k -> t.get("problem." + k)).toList();
    }
}
