package vn.portal.kernel.api.web;

import java.time.Instant;
import java.util.List;
import org.pf4j.ExtensionPoint;
import vn.portal.kernel.api.site.Site;

/**
 * Public addresses a plugin adds to a site's {@code /sitemap.xml} (for search engines),
 * next to the kernel's own pages.
 */
public interface SitemapSource extends ExtensionPoint {

    /** One address and when it last changed. */
    record Entry(String url, Instant lastModified) {
    }

    /** The site's addresses of this plugin; at most {@code limit}. */
    List<Entry> entries(Site site, int limit);
}
