package vn.portal.plugins.content;

import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.SitemapSource;

/** The site's listings and published items, for its {@code sitemap.xml}. */
@Extension
public class ContentSitemap implements SitemapSource {

    private final PluginContext context;

    public ContentSitemap(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<Entry> entries(Site site, int limit) {
        ContentService service = ContentPlugin.service(context);
        List<Entry> out = new ArrayList<>();
        for (String locale : site.locales()) {
            for (ContentType t : service.definitions().types()) {
                out.add(new Entry(service.siteUrl(site.key(), locale) + t.path(), null));
            }
            for (Category c : service.categoriesOf(site.key())) {
                out.add(new Entry(service.siteUrl(site.key(), locale) + CategoryPages.PATH + "/" + c.slug, null));
            }
        }
        for (PublishedItem p : service.reads().allPublished(site.key(), Math.max(0, limit - out.size()))) {
            out.add(new Entry(service.url(p.siteKey, p.locale, p.type, p.slug), p.updatedAt.toInstant()));
        }
        return out;
    }
}
