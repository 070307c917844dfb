package vn.portal.kernel.core.web;

import vn.portal.kernel.api.web.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.SitemapSource;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteService;
import vn.portal.kernel.core.site.SiteSnapshot;

/** A site's {@code /sitemap.xml} (sitemaps.org 0.9): its pages in every language, then its plugins' addresses. */
final class SitemapXml {

    private static final Logger LOG = Logger.getLogger(SitemapXml.class.getName());
    /** The protocol's limit for one file. */
    static final int MAX_URLS = 50_000;

    private SitemapXml() {
    }

    static String render(Site site, SiteSnapshot snapshot, String lang, PluginHost plugins, SiteService sites) {
        List<SitemapSource.Entry> entries = new ArrayList<>();
        String root = snapshot.url(site.key());
        for (String l : site.locales()) {
            String base = root + ("vi".equals(l) ? "" : l + "/");
            entries.add(new SitemapSource.Entry(base, null));
            for (String page : List.of("introduction", "services", "sitemap")) {
                entries.add(new SitemapSource.Entry(base + PageModel.SLUGS.get(l).get(page).substring(1), null));
            }
        }
        for (Contribution<SitemapSource> c : plugins.extensions(SitemapSource.class)) {
            if (sites.isPluginEnabled(site.key(), c.pluginId())) {
                try {
                    entries.addAll(c.extension().entries(site, MAX_URLS - entries.size()));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "sitemap entries of plugin " + c.pluginId() + " failed: " + e, e);
                }
            }
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapSource.Entry e : entries.subList(0, Math.min(entries.size(), MAX_URLS))) {
            b.append("  <url><loc>").append(Html.escape(e.url())).append("</loc>");
            if (e.lastModified() != null) {
                b.append("<lastmod>").append(e.lastModified().toString(), 0, 10).append("</lastmod>");
            }
            b.append("</url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
