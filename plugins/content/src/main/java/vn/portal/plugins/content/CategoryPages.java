package vn.portal.plugins.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * A category's page, {@code /chuyen-muc/<slug>} (newest first, 20 a page), and its feeds,
 * {@code /chuyen-muc/<slug>/rss.xml} and {@code atom.xml}.
 */
@Extension
public class CategoryPages implements PublicRoute {

    static final String PATH = "chuyen-muc";

    private final PluginContext context;

    public CategoryPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/" + PATH + "/{category}/{feed}";
    }

    /** The feed route; the page itself is answered by {@link #page} from {@link ItemPages}. */
    @Override
    public Optional<PageContent> render(RenderRequest request) {
        ContentService service = ContentPlugin.service(context);
        String feed = request.pathParams().get("feed");
        return service.category(request.site().key(), request.pathParams().get("category"))
                .filter(c -> Feeds.isFeed(feed))
                .map(c -> Feeds.render(service, request.site(), request.locale(), null, feed,
                        service.reads().inCategory(request.site().key(), request.locale(), c.slug, 0, Feeds.SIZE),
                        request.site().name(request.locale()) + " – " + c.name(request.locale()),
                        PATH + "/" + c.slug + "/"));
    }

    static Optional<PageContent> page(ContentService service, RenderRequest request, String slug) {
        return service.category(request.site().key(), slug).map(c -> {
            boolean en = "en".equals(request.locale());
            int page = Math.max(1, ListingPages.parse(request.param("trang")));
            List<PublishedItem> items = service.reads().inCategory(request.site().key(), request.locale(), c.slug,
                    (page - 1) * ListingPages.PAGE, ListingPages.PAGE + 1);
            String html = ListingPages.list(service, request, items, page, en, c.slug + "/");
            return new PageContent(200, c.name(request.locale()), html,
                    Set.of(PageCache.general(request.site().key())), Map.of());
        });
    }
}
